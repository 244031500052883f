package cn.gov.huaian.zjtx.enterprise.figures;

import java.util.UUID;

/** One year's figures as entered, with the figures derived from them. */
public record FiguresView(
    UUID enterpriseId, int year, Figures entered, FigureMath.Derived derived, long version) {}

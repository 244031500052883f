package cn.gov.huaian.zjtx.platform.web;

import java.util.List;

/** One page of a list, with the total count of the filtered list. */
public record PageView<T>(List<T> items, int page, int size, long total) {}

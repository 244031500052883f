package cn.gov.huaian.zjtx.policy.rules.ast;

/** 评分档位：points given when the condition holds. */
public record ScoreBand(Condition when, double points) {}

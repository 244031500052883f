package cn.gov.huaian.zjtx.policy.rules.ast;

import java.util.Arrays;
import java.util.Optional;

/** 比较运算符. The JSON key is the operator's name in rule files: {@code {"gte": {...}}}. */
public enum Operator {
  GT("gt", ">", "大于"),
  GTE("gte", "≥", "不低于"),
  LT("lt", "<", "小于"),
  LTE("lte", "≤", "不高于"),
  EQ("eq", "=", "等于"),
  NE("ne", "≠", "不等于");

  private final String jsonKey;
  private final String symbol;
  private final String label;

  Operator(String jsonKey, String symbol, String label) {
    this.jsonKey = jsonKey;
    this.symbol = symbol;
    this.label = label;
  }

  public String jsonKey() {
    return jsonKey;
  }

  public String symbol() {
    return symbol;
  }

  public String label() {
    return label;
  }

  public static Optional<Operator> ofJsonKey(String key) {
    return Arrays.stream(values()).filter(op -> op.jsonKey.equals(key)).findFirst();
  }

  /** Whether the operator only asks for equality, the only thing texts and flags support. */
  public boolean isEquality() {
    return this == EQ || this == NE;
  }

  public boolean test(int comparison) {
    return switch (this) {
      case GT -> comparison > 0;
      case GTE -> comparison >= 0;
      case LT -> comparison < 0;
      case LTE -> comparison <= 0;
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
    };
  }

  public boolean test(double actual, double required) {
    return switch (this) {
      case GT -> actual > required;
      case GTE -> actual >= required;
      case LT -> actual < required;
      case LTE -> actual <= required;
      case EQ -> actual == required;
      case NE -> actual != required;
    };
  }

  /** The operator that holds exactly when this one fails; used to push "not" inwards. */
  public Operator negated() {
    return switch (this) {
      case GT -> LTE;
      case GTE -> LT;
      case LT -> GTE;
      case LTE -> GT;
      case EQ -> NE;
      case NE -> EQ;
    };
  }
}

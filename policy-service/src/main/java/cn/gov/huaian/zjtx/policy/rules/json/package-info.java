/**
 * 规则 JSON 的读写与朴素解释器。The only part of the rule engine that knows JSON: it reads and validates rule
 * files into the AST, and holds the naive interpreter that walks the JSON tree per (enterprise,
 * program) pair, kept as the baseline and the oracle for the compiled engine.
 */
package cn.gov.huaian.zjtx.policy.rules.json;

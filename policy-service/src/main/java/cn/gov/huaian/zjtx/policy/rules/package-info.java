/**
 * 资格规则引擎：事实目录、规则语言（JSON）、校验、编译、三值求值、奖补测算与差距分析。
 *
 * <p>The rule engine core of policy-service. Plain Java on purpose: no Quarkus, no JPA and no
 * Jackson here (only {@code rules.json} reads and writes JSON), so the rules can be evaluated in a
 * batch job, a request or a test alike, and the engine knows nothing of any one policy.
 */
package cn.gov.huaian.zjtx.policy.rules;

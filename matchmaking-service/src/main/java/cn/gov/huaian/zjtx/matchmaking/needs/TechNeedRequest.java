package cn.gov.huaian.zjtx.matchmaking.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A need as a client writes it (create and full update). Enumerations are accepted by code or by
 * their Chinese name; every field is checked by {@link TechNeedRules} with a Chinese message.
 *
 * @param enterpriseId required from a commissioner or an admin; an enterprise user posts for itself
 * @param budgetMin 预算下限（元）
 * @param budgetMax 预算上限（元）
 * @param status OPEN / PAUSED / CLOSED (开放/暂停/关闭); OPEN when absent on create
 * @param visitId the commissioner's visit on which the need was heard (commissioners only, on
 *     create)
 */
public record TechNeedRequest(
    UUID enterpriseId,
    String title,
    String publicSummary,
    String description,
    String privateDetail,
    List<String> nsfcCodes,
    String industryCode,
    String cluster,
    String cooperationMode,
    BigDecimal budgetMin,
    BigDecimal budgetMax,
    LocalDate deadline,
    String regionPreference,
    String status,
    UUID visitId) {}

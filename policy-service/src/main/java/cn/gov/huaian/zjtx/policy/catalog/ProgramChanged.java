package cn.gov.huaian.zjtx.policy.catalog;

import java.util.UUID;

/**
 * CDI event fired in the transaction that changed a program, so re-matching and re-indexing are
 * queued with the change (never run on the request path).
 *
 * @param rematch whether results may differ: published, withdrawn, or new rules while published
 */
public record ProgramChanged(
    UUID programId, int rulesVersion, Program.Status status, boolean rematch) {}

package cn.gov.huaian.zjtx.matchmaking.ranking;

import java.util.List;
import java.util.UUID;

/**
 * What the re-ranker knows of one retrieved document (an expert for a need, or a need for an
 * expert).
 *
 * @param remainingCapacity cooperations the expert can still take; null when not applicable
 * @param pastOutcome mean outcome of past cooperations in [0, 1]; null when there were none
 */
public record Candidate(
    UUID id,
    String label,
    String text,
    List<String> disciplines,
    List<String> clusters,
    boolean inHuaian,
    boolean inJiangsu,
    Integer remainingCapacity,
    Double pastOutcome,
    float[] vector) {}

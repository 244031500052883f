package cn.gov.huaian.zjtx.matchmaking.experts;

import java.util.List;
import java.util.UUID;

/** A research team as its university registers it. */
public record TeamRequest(
    String name, String description, UUID leaderId, List<String> disciplines) {}

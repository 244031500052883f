package cn.gov.huaian.zjtx.gateway.admin.users;

import java.util.List;

/** A platform user as admins see it. */
public record UserView(
    String id,
    String username,
    String displayName,
    String email,
    boolean enabled,
    List<String> roles,
    String enterpriseId,
    String universityId,
    String expertId) {}

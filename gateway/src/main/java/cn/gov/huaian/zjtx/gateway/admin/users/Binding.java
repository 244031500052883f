package cn.gov.huaian.zjtx.gateway.admin.users;

import java.util.UUID;

/** The organisation a user is bound to (only the one matching its role is used). */
public record Binding(UUID enterpriseId, UUID universityId, UUID expertId) {
  UUID forRole(PlatformRole role) {
    return switch (role) {
      case ENTERPRISE -> enterpriseId;
      case UNIVERSITY -> universityId;
      case EXPERT -> expertId;
      default -> null;
    };
  }
}

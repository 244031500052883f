package cn.gov.huaian.zjtx.platform.web;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Idempotency-Key for create endpoints. The key is claimed in the caller's transaction before
 * anything is created, with the id the new resource will have: a concurrent duplicate waits on the
 * unique key and then sees the first one's resource; a reused key with another body is 422.
 */
@ApplicationScoped
public class IdempotencyKeys {
  public static final String HEADER = "Idempotency-Key";
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private final EntityManager em;

  public IdempotencyKeys(EntityManager em) {
    this.em = em;
  }

  /** What the claim found: a fresh id to create, or the id created by an earlier request. */
  public record Claim(UUID resourceId, boolean replay) {}

  /** Must run inside the transaction that creates the resource. Without a key, always fresh. */
  public Claim claim(String scope, String principal, String key, String requestBody) {
    UUID fresh = UUID.randomUUID();
    if (key == null || key.isBlank()) {
      return new Claim(fresh, false);
    }
    if (key.length() > 200) {
      throw ProblemException.invalid(HEADER, "Idempotency-Key 不能超过 200 个字符");
    }
    String hash = sha256(requestBody);
    int inserted =
        em.createNativeQuery(
                "insert into idempotency_key (scope, principal, key, request_hash, resource_id) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
            .setParameter(1, scope)
            .setParameter(2, principal)
            .setParameter(3, key)
            .setParameter(4, hash)
            .setParameter(5, fresh)
            .executeUpdate();
    if (inserted == 1) {
      return new Claim(fresh, false);
    }
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select request_hash, resource_id from idempotency_key where scope = ?1 and principal = ?2 and key = ?3",
                Object[].class)
            .setParameter(1, scope)
            .setParameter(2, principal)
            .setParameter(3, key)
            .getResultList();
    Object[] row = rows.getFirst();
    if (!hash.equals(row[0])) {
      throw new ProblemException(
          422, "idempotency-key-reused", "幂等键已被使用", "该 Idempotency-Key 已用于另一个不同内容的请求，请换一个新的键");
    }
    return new Claim((UUID) row[1], true);
  }

  /** Like {@link #claim(String, String, String, String)}, the request compared by its JSON form. */
  public Claim claim(String scope, String principal, String key, Object request) {
    try {
      return claim(scope, principal, key, JSON.writeValueAsString(request));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("请求无法序列化", e);
    }
  }

  public static Optional<String> header(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package cn.gov.huaian.zjtx.enterprise.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current cluster mapping, read from the database and cached until an admin edits it. After an
 * edit, {@link #reassign()} recomputes the stored cluster of every enterprise it affects.
 */
@ApplicationScoped
public class ClusterMappings {
  private final EntityManager em;
  private volatile ClusterResolver cached;

  public ClusterMappings(EntityManager em) {
    this.em = em;
  }

  public ClusterResolver resolver() {
    ClusterResolver r = cached;
    if (r == null) {
      Map<String, Cluster> map = new HashMap<>();
      for (ClusterMapping m : ClusterMapping.<ClusterMapping>listAll()) {
        Cluster.of(m.clusterCode).ifPresent(c -> map.put(m.prefix, c));
      }
      r = new ClusterResolver(map);
      cached = r;
    }
    return r;
  }

  public void invalidate() {
    cached = null;
  }

  /**
   * Stores the cluster the current mapping gives to every enterprise whose stored cluster differs,
   * bumping their version; returns their ids so that the caller can publish the change. Must run in
   * a transaction.
   */
  @SuppressWarnings("unchecked")
  public List<UUID> reassign() {
    invalidate();
    return em.createNativeQuery(
            """
            with target as (
              select e.id,
                     (select m.cluster_code from cluster_mapping m
                       where e.industry_code like m.prefix || '%'
                       order by length(m.prefix) desc limit 1) as cluster_code
                from enterprise e)
            update enterprise e set cluster_code = t.cluster_code, version = e.version + 1, updated_at = now()
              from target t
             where t.id = e.id and e.cluster_code is distinct from t.cluster_code
            returning e.id
            """,
            UUID.class)
        .getResultList();
  }
}

package dev.headline.core.audit.infrastructure;

import dev.headline.core.audit.domain.AuditEntry;
import dev.headline.core.audit.domain.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** {@link AuditLog} on the application's persistence unit. */
@ApplicationScoped
@Transactional
public class JpaAuditLog implements AuditLog {

  @PersistenceContext private EntityManager em;

  @Override
  public void record(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> newest(int offset, int limit) {
    return em.createQuery(
            "select e from AuditEntry e order by e.at desc, e.id desc", AuditEntry.class)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, limit))
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
  }
}

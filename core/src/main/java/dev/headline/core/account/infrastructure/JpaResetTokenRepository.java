package dev.headline.core.account.infrastructure;

import dev.headline.core.account.domain.ResetToken;
import dev.headline.core.account.domain.ResetTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** {@link ResetTokenRepository} on the application's persistence unit. */
@ApplicationScoped
@Transactional
public class JpaResetTokenRepository implements ResetTokenRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<ResetToken> findByHash(String tokenHash) {
    return em
        .createQuery("select t from ResetToken t where t.tokenHash = :hash", ResetToken.class)
        .setParameter("hash", tokenHash)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public long issuedSince(long accountId, Instant since) {
    return em.createQuery(
            "select count(t) from ResetToken t where t.accountId = :account and t.createdAt > :since",
            Long.class)
        .setParameter("account", accountId)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public ResetToken save(ResetToken token) {
    if (token.getId() == null) {
      em.persist(token);
      return token;
    }
    return em.merge(token);
  }

  @Override
  public boolean spend(long tokenId, Instant now) {
    int updated =
        em.createQuery(
                "update ResetToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
            .setParameter("now", now)
            .setParameter("id", tokenId)
            .executeUpdate();
    return updated == 1;
  }

  @Override
  public void revokeAll(long accountId, Instant now) {
    em.createQuery(
            "update ResetToken t set t.usedAt = :now where t.accountId = :account"
                + " and t.usedAt is null")
        .setParameter("now", now)
        .setParameter("account", accountId)
        .executeUpdate();
  }
}

package dev.headline.core.content.infrastructure;

import dev.headline.core.content.domain.ArticleRevision;
import dev.headline.core.content.domain.RevisionRepository;
import dev.headline.core.content.domain.RevisionSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link RevisionRepository} on the application's persistence unit. */
@ApplicationScoped
@Transactional
public class JpaRevisionRepository implements RevisionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<ArticleRevision> latest(long articleId) {
    return em
        .createQuery(
            "select r from ArticleRevision r where r.articleId = :article"
                + " order by r.articleId desc, r.number desc",
            ArticleRevision.class)
        .setParameter("article", articleId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<ArticleRevision> find(long articleId, int number) {
    return em
        .createQuery(
            "select r from ArticleRevision r where r.articleId = :article and r.number = :number",
            ArticleRevision.class)
        .setParameter("article", articleId)
        .setParameter("number", number)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<RevisionSummary> newestFirst(long articleId, int limit) {
    return em
        .createQuery(
            "select r.number, r.savedBy, r.startedAt, r.savedAt, r.note from ArticleRevision r"
                + " where r.articleId = :article order by r.articleId desc, r.number desc",
            Object[].class)
        .setParameter("article", articleId)
        .setMaxResults(Math.max(1, limit))
        .getResultList()
        .stream()
        .map(
            row ->
                new RevisionSummary(
                    (Integer) row[0],
                    (String) row[1],
                    (Instant) row[2],
                    (Instant) row[3],
                    (String) row[4]))
        .toList();
  }

  @Override
  public long count(long articleId) {
    return em.createQuery(
            "select count(r) from ArticleRevision r where r.articleId = :article", Long.class)
        .setParameter("article", articleId)
        .getSingleResult();
  }

  @Override
  public ArticleRevision save(ArticleRevision revision) {
    ArticleRevision saved;
    if (revision.getId() == null) {
      em.persist(revision);
      saved = revision;
    } else {
      saved = em.merge(revision);
    }
    em.flush();
    return saved;
  }

  @Override
  public int deleteUpTo(long articleId, int number) {
    return em.createQuery(
            "delete from ArticleRevision r where r.articleId = :article and r.number <= :number")
        .setParameter("article", articleId)
        .setParameter("number", number)
        .executeUpdate();
  }
}

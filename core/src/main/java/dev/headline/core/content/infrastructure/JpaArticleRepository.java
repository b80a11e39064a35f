package dev.headline.core.content.infrastructure;

import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleRepository;
import dev.headline.core.content.domain.ArticleStamp;
import dev.headline.core.content.domain.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link ArticleRepository} on the application's persistence unit.
 *
 * <p>Every call runs in a transaction (joining the caller's): outside one, the server's
 * non-transactional entity manager closes under a second query in the same request.
 */
@ApplicationScoped
@Transactional
public class JpaArticleRepository implements ArticleRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Article> find(long id) {
    return Optional.ofNullable(em.find(Article.class, id));
  }

  @Override
  public Optional<Article> findBySlug(String slug) {
    return em
        .createQuery("select a from Article a where a.slug = :slug", Article.class)
        .setParameter("slug", slug)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<Article> latestPublished(Instant now, int limit) {
    return publishedBefore(now, null, null, limit);
  }

  @Override
  public List<Article> publishedBefore(Instant now, Instant before, Long beforeId, int limit) {
    // One upper bound on the indexed column, the tie on the same instant as a filter: with the
    // usual "(t < :before or (t = :before and id < :beforeId))" H2 found no start in the index
    // and scanned every published article.
    String cursor = before == null ? "" : " and (a.publishedAt < :before or a.id < :beforeId)";
    Instant upper = before != null && before.isBefore(now) ? before : now;
    var query =
        em.createQuery(
                "select a from Article a where a.status = :status and a.publishedAt <= :upper"
                    + cursor
                    + " order by a.status, a.publishedAt desc, a.id desc",
                Article.class)
            .setParameter("status", ArticleStatus.PUBLISHED)
            .setParameter("upper", upper)
            .setMaxResults(limit);
    // A list shows bylines and pictures: load them in two more queries, not two per article.
    // EclipseLink's hints by name, so other providers ignore them rather than fail to link.
    query.setHint("eclipselink.batch", "a.authors");
    query.setHint("eclipselink.batch", "a.featuredImage");
    query.setHint("eclipselink.batch.type", "IN");
    if (before != null) {
      query.setParameter("before", before).setParameter("beforeId", beforeId);
    }
    return query.getResultList();
  }

  @Override
  public Optional<Article> publishedAfter(Instant now, Instant after, long afterId) {
    return em
        .createQuery(
            "select a from Article a where a.status = :status"
                + " and a.publishedAt >= :after and a.publishedAt <= :now"
                + " and (a.publishedAt > :after or a.id > :afterId)"
                + " order by a.status, a.publishedAt, a.id",
            Article.class)
        .setParameter("status", ArticleStatus.PUBLISHED)
        .setParameter("now", now)
        .setParameter("after", after)
        .setParameter("afterId", afterId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<ArticleStamp> publishedStamps(Instant now, int offset, int limit) {
    return stamps(now, null, offset, limit);
  }

  @Override
  public List<ArticleStamp> publishedSince(Instant now, Instant since, int limit) {
    return stamps(now, since, 0, limit);
  }

  private List<ArticleStamp> stamps(Instant now, Instant since, int offset, int limit) {
    var query =
        em.createQuery(
                "select a.id, a.slug, a.title, a.publishedAt, a.updatedAt from Article a"
                    + " where a.status = :status and a.publishedAt <= :now"
                    + (since == null ? "" : " and a.publishedAt >= :since")
                    + " order by a.status, a.publishedAt desc, a.id desc",
                Object[].class)
            .setParameter("status", ArticleStatus.PUBLISHED)
            .setParameter("now", now)
            .setFirstResult(offset)
            .setMaxResults(limit);
    if (since != null) {
      query.setParameter("since", since);
    }
    return query.getResultList().stream()
        .map(
            row ->
                new ArticleStamp(
                    (Long) row[0],
                    (String) row[1],
                    (String) row[2],
                    (Instant) row[3],
                    (Instant) row[4]))
        .toList();
  }

  @Override
  public List<Long> publishedByAuthor(Instant now, long authorId, int offset, int limit) {
    return em.createQuery(
            "select a.id from Article a join a.authors au where au.id = :author"
                + " and a.status = :status and a.publishedAt <= :now"
                + " order by a.publishedAt desc, a.id desc",
            Long.class)
        .setParameter("author", authorId)
        .setParameter("status", ArticleStatus.PUBLISHED)
        .setParameter("now", now)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countPublishedByAuthor(Instant now, long authorId) {
    return em.createQuery(
            "select count(a) from Article a join a.authors au where au.id = :author"
                + " and a.status = :status and a.publishedAt <= :now",
            Long.class)
        .setParameter("author", authorId)
        .setParameter("status", ArticleStatus.PUBLISHED)
        .setParameter("now", now)
        .getSingleResult();
  }

  @Override
  public long countPublished(Instant now) {
    return em.createQuery(
            "select count(a) from Article a where a.status = :status and a.publishedAt <= :now",
            Long.class)
        .setParameter("status", ArticleStatus.PUBLISHED)
        .setParameter("now", now)
        .getSingleResult();
  }

  @Override
  public List<Article> dueForPublication(Instant now, int limit) {
    return em.createQuery(
            "select a from Article a where a.status = :status and a.publishedAt <= :now"
                + " order by a.publishedAt, a.id",
            Article.class)
        .setParameter("status", ArticleStatus.SCHEDULED)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Article> findAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    var found =
        em.createQuery("select a from Article a where a.id in :ids", Article.class)
            .setParameter("ids", ids)
            .getResultList();
    var byId = new java.util.HashMap<Long, Article>();
    found.forEach(a -> byId.put(a.getId(), a));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
  }

  @Override
  public Article save(Article article) {
    Article saved;
    if (article.getId() == null) {
      em.persist(article);
      saved = article;
    } else {
      saved = em.merge(article);
    }
    // Written now, not at commit: other modules file articles with JDBC in the same transaction.
    em.flush();
    return saved;
  }

  @Override
  public List<Article> newsroom(
      ArticleStatus status, String text, String createdBy, int offset, int limit) {
    var query =
        em.createQuery(
            "select a from Article a"
                + newsroomWhere(status, text, createdBy)
                + " order by a.updatedAt desc, a.id desc",
            Article.class);
    bindNewsroom(query, status, text, createdBy);
    return query.setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList();
  }

  @Override
  public long countNewsroom(ArticleStatus status, String text, String createdBy) {
    var query =
        em.createQuery(
            "select count(a) from Article a" + newsroomWhere(status, text, createdBy), Long.class);
    bindNewsroom(query, status, text, createdBy);
    return query.getSingleResult();
  }

  private static String newsroomWhere(ArticleStatus status, String text, String createdBy) {
    List<String> terms = new java.util.ArrayList<>();
    if (status != null) {
      terms.add("a.status = :status");
    }
    if (text != null) {
      terms.add("(lower(a.title) like :text or a.slug like :text)");
    }
    if (createdBy != null) {
      terms.add("a.createdBy = :createdBy");
    }
    return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
  }

  private static void bindNewsroom(
      jakarta.persistence.Query query, ArticleStatus status, String text, String createdBy) {
    if (status != null) {
      query.setParameter("status", status);
    }
    if (text != null) {
      // Case-insensitive "contains"; a % or _ typed in the filter acts as a wildcard.
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      query.setParameter("text", "%" + lower + "%");
    }
    if (createdBy != null) {
      query.setParameter("createdBy", createdBy);
    }
  }
}

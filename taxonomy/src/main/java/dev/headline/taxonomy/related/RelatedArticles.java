package dev.headline.taxonomy.related;

import dev.headline.core.content.api.ArticlePublished;
import dev.headline.core.content.api.ArticleUpdated;
import dev.headline.core.content.api.ArticleWithdrawn;
import dev.headline.taxonomy.related.RelatedRanking.Candidate;
import dev.headline.taxonomy.tree.api.TaxonomyChanged;
import dev.headline.taxonomy.tree.infrastructure.CategoryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds an article's related posts: two indexed queries (the newest articles of its primary
 * section, the articles sharing most tags with it) ranked by {@link RelatedRanking}. The answer is
 * kept in memory per article until any content or taxonomy change, so an article page asks the
 * database at most once between changes.
 */
@ApplicationScoped
public class RelatedArticles {

  /** How many candidates each query brings: more than any page shows. */
  private static final int CANDIDATES = 40;

  /** Beyond this many remembered answers the memory starts again from empty. */
  private static final int MAX_REMEMBERED = 20_000;

  /** Candidates from the same primary section (public for the plan test). */
  public static final String SAME_SECTION =
      "select o.article_id, o.published_at from article_category p"
          + " join article_category o on o.category_id = p.category_id and o.kind = 'P'"
          + " where p.article_id = ? and p.kind = 'P' and o.article_id <> ?"
          + " and o.published_at is not null and o.published_at <= ?"
          + " order by o.published_at desc fetch first "
          + CANDIDATES
          + " rows only";

  /** Candidates sharing tags (public for the plan test). */
  public static final String SHARED_TAGS =
      "select o.article_id, count(*), max(o.published_at) from article_tag t"
          + " join article_tag o on o.tag_id = t.tag_id"
          + " where t.article_id = ? and o.article_id <> ?"
          + " and o.published_at is not null and o.published_at <= ?"
          + " group by o.article_id order by count(*) desc, max(o.published_at) desc fetch first "
          + CANDIDATES
          + " rows only";

  @Inject CategoryStore store;

  Clock clock = Clock.systemUTC();

  private final Map<Long, List<Long>> remembered = new ConcurrentHashMap<>();

  /** Up to {@code limit} related visible articles, best first. */
  public List<Long> of(long articleId, int limit) {
    List<Long> known = remembered.get(articleId);
    if (known == null) {
      known = find(articleId);
      if (remembered.size() >= MAX_REMEMBERED) {
        remembered.clear();
      }
      remembered.put(articleId, known);
    }
    return known.size() <= limit ? known : known.subList(0, limit);
  }

  private List<Long> find(long articleId) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    // Both queries take the article twice (itself, and "not itself") and the current time.
    CategoryStore.Binder bind =
        ps -> {
          ps.setLong(1, articleId);
          ps.setLong(2, articleId);
          ps.setObject(3, now);
        };
    List<Candidate> candidates = new ArrayList<>();
    candidates.addAll(
        store.query(
            SAME_SECTION,
            bind,
            rs ->
                new Candidate(
                    rs.getLong(1), true, 0, instant(rs.getObject(2, OffsetDateTime.class)))));
    candidates.addAll(
        store.query(
            SHARED_TAGS,
            bind,
            rs ->
                new Candidate(
                    rs.getLong(1),
                    false,
                    rs.getInt(2),
                    instant(rs.getObject(3, OffsetDateTime.class)))));
    return List.copyOf(RelatedRanking.rank(articleId, candidates, CANDIDATES));
  }

  private static java.time.Instant instant(OffsetDateTime time) {
    return time.toInstant();
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlePublished event) {
    remembered.clear();
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleUpdated event) {
    remembered.clear();
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleWithdrawn event) {
    remembered.clear();
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaxonomyChanged event) {
    remembered.clear();
  }
}

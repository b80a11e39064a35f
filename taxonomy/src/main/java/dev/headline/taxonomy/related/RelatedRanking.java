package dev.headline.taxonomy.related;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the candidates for an article's "Related Posts": articles of the same primary section
 * first, then those sharing more tags, then the newer. Pure rules, no I/O.
 */
public final class RelatedRanking {

  /**
   * One candidate as the queries found it.
   *
   * @param articleId the candidate
   * @param samePrimary whether its primary section is the article's
   * @param sharedTags how many tags it shares with the article
   * @param publishedAt when it was published
   */
  public record Candidate(
      long articleId, boolean samePrimary, int sharedTags, Instant publishedAt) {}

  private static final Comparator<Candidate> ORDER =
      Comparator.comparing(Candidate::samePrimary)
          .thenComparingInt(Candidate::sharedTags)
          .thenComparing(Candidate::publishedAt)
          .thenComparingLong(Candidate::articleId)
          .reversed();

  private RelatedRanking() {}

  /**
   * Merges candidates found by different queries (the same article may come from both: same section
   * and shared tags) and returns the best {@code limit} ids.
   *
   * @param self the article itself, never returned
   */
  public static List<Long> rank(long self, List<Candidate> candidates, int limit) {
    Map<Long, Candidate> merged = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.articleId() == self) {
        continue;
      }
      merged.merge(
          c.articleId(),
          c,
          (a, b) ->
              new Candidate(
                  a.articleId(),
                  a.samePrimary() || b.samePrimary(),
                  Math.max(a.sharedTags(), b.sharedTags()),
                  a.publishedAt().isAfter(b.publishedAt()) ? a.publishedAt() : b.publishedAt()));
    }
    return merged.values().stream().sorted(ORDER).limit(limit).map(Candidate::articleId).toList();
  }
}

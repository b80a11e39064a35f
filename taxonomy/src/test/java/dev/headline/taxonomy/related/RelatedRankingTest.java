package dev.headline.taxonomy.related;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.headline.taxonomy.related.RelatedRanking.Candidate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedRankingTest {

  private static final Instant DAY1 = Instant.parse("2026-11-01T10:00:00Z");
  private static final Instant DAY2 = Instant.parse("2026-11-02T10:00:00Z");
  private static final Instant DAY3 = Instant.parse("2026-11-03T10:00:00Z");

  @Test
  void sameSectionBeatsTagsAndTagsBeatRecency() {
    List<Long> ranked =
        RelatedRanking.rank(
            1,
            List.of(
                new Candidate(2, false, 3, DAY3),
                new Candidate(3, true, 0, DAY1),
                new Candidate(4, false, 1, DAY3),
                new Candidate(5, true, 0, DAY2),
                new Candidate(6, false, 3, DAY1)),
            10);
    assertEquals(List.of(5L, 3L, 2L, 6L, 4L), ranked);
  }

  @Test
  void anArticleFoundByBothQueriesIsMergedWithItsTagsCounted() {
    List<Long> ranked =
        RelatedRanking.rank(
            1,
            List.of(
                new Candidate(7, true, 0, DAY1),
                new Candidate(8, true, 0, DAY3),
                new Candidate(7, false, 2, DAY1)),
            10);
    assertEquals(List.of(7L, 8L), ranked);
  }

  @Test
  void neverTheArticleItselfAndNoMoreThanTheLimit() {
    List<Long> ranked =
        RelatedRanking.rank(
            1,
            List.of(
                new Candidate(1, true, 9, DAY3),
                new Candidate(2, true, 0, DAY2),
                new Candidate(3, true, 0, DAY1)),
            1);
    assertEquals(List.of(2L), ranked);
  }
}

package dev.headline.engagement.trending.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.headline.core.spi.RankedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecayScoresTest {

  private static final Instant NOW = Instant.parse("2026-03-10T12:30:00Z");
  private static final long HOUR_NOW = HourlyViews.hourOf(NOW.toEpochMilli());
  private final DecayScores daily = new DecayScores(Duration.ofHours(24));

  @Test
  void aViewLosesHalfItsWeightPerHalfLife() {
    assertEquals(1.0, daily.weight(HOUR_NOW, NOW), 1e-9);
    assertEquals(0.5, daily.weight(HOUR_NOW - 24, NOW), 1e-9);
    assertEquals(0.25, daily.weight(HOUR_NOW - 48, NOW), 1e-9);
    assertEquals(1.0, daily.weight(HOUR_NOW, NOW.minusSeconds(600)), 1e-9, "never above one");
  }

  @Test
  void todaysSteadyReadingOvertakesTheDayBeforeYesterdaysRush() {
    List<HourlyViews> views =
        List.of(
            new HourlyViews(1, HOUR_NOW - 48, 100),
            new HourlyViews(2, HOUR_NOW, 10),
            new HourlyViews(2, HOUR_NOW - 1, 10),
            new HourlyViews(2, HOUR_NOW - 2, 10),
            new HourlyViews(3, HOUR_NOW - 5, 5));
    List<RankedArticle> ranked = daily.rank(views, NOW);
    assertEquals(List.of(2L, 1L, 3L), ranked.stream().map(RankedArticle::articleId).toList());
    assertEquals(25.0, ranked.get(1).score(), 1e-9);
  }

  @Test
  void aLongerHalfLifeKeepsTheRushOnTop() {
    List<HourlyViews> views =
        List.of(new HourlyViews(1, HOUR_NOW - 48, 100), new HourlyViews(2, HOUR_NOW, 30));
    assertEquals(2L, daily.rank(views, NOW).get(0).articleId());
    DecayScores weekly = new DecayScores(Duration.ofDays(7));
    assertEquals(1L, weekly.rank(views, NOW).get(0).articleId());
  }

  @Test
  void movingTheClockReordersTheList() {
    List<HourlyViews> views =
        List.of(new HourlyViews(1, HOUR_NOW, 40), new HourlyViews(2, HOUR_NOW + 30, 25));
    Instant later = NOW.plus(Duration.ofHours(30));
    assertEquals(1L, daily.rank(views.subList(0, 1), NOW).get(0).articleId());
    assertEquals(2L, daily.rank(views, later).get(0).articleId());
  }

  @Test
  void tiesGoToTheNewerArticleAndRankingsSlice() {
    List<RankedArticle> ranked =
        daily.rank(
            List.of(
                new HourlyViews(5, HOUR_NOW, 3),
                new HourlyViews(9, HOUR_NOW, 3),
                new HourlyViews(7, HOUR_NOW, 1)),
            NOW);
    assertEquals(List.of(9L, 5L, 7L), ranked.stream().map(RankedArticle::articleId).toList());
    Ranking ranking = new Ranking(ranked);
    assertEquals(2, ranking.top(2).size());
    assertEquals(3, ranking.top(50).size());
    assertEquals(
        List.of(5L, 7L),
        ranking.among(List.of(7L, 5L, 100L), 5).stream().map(RankedArticle::articleId).toList());
  }

  @Test
  void aHalfLifeMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new DecayScores(Duration.ZERO));
  }
}

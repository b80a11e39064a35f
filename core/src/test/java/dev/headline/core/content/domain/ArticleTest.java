package dev.headline.core.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void aNewArticleIsADraftAndInvisible() {
    Article article = new Article("Title", "title");
    assertEquals(ArticleStatus.DRAFT, article.getStatus());
    assertFalse(article.isVisibleAt(now));
  }

  @Test
  void bodyIsSanitisedAndTimed() {
    Article article = new Article("Title", "title");
    article.setBody("<p>" + "word ".repeat(500) + "</p><script>x</script>");
    assertFalse(article.getBody().contains("script"));
    assertEquals(500, article.getWordCount());
    assertEquals(3, article.getReadingMinutes());
  }

  @Test
  void scheduledArticlesKeepTheirTimeWhenPublished() {
    Article article = new Article("Title", "title");
    Instant when = now.plus(Duration.ofHours(2));
    article.schedule(when);
    assertEquals(ArticleStatus.SCHEDULED, article.getStatus());
    assertFalse(article.isVisibleAt(now));
    article.publish(when.plusSeconds(3));
    assertEquals(when, article.getPublishedAt());
    assertTrue(article.isVisibleAt(when.plusSeconds(3)));
  }

  @Test
  void publishingBeforeTheScheduledTimeGoesLiveAtOnce() {
    Article article = new Article("Title", "title");
    article.schedule(now.plus(Duration.ofHours(2)));
    article.publish(now);
    assertEquals(ArticleStatus.PUBLISHED, article.getStatus());
    assertEquals(now, article.getPublishedAt());
    assertTrue(article.isVisibleAt(now));
  }

  @Test
  void draftsPublishNow() {
    Article article = new Article("Title", "title");
    article.publish(now);
    assertEquals(now, article.getPublishedAt());
  }

  @Test
  void withdrawnArticlesAreInvisible() {
    Article article = new Article("Title", "title");
    article.publish(now);
    article.withdraw();
    assertFalse(article.isVisibleAt(now.plusSeconds(1)));
  }

  @Test
  void publishedArticlesCannotBeScheduled() {
    Article article = new Article("Title", "title");
    article.publish(now);
    assertThrows(IllegalStateException.class, () -> article.schedule(now.plusSeconds(60)));
  }

  @Test
  void titleAndSlugAreRequiredAndChecked() {
    assertThrows(IllegalArgumentException.class, () -> new Article(" ", "x"));
    Article article = new Article("Title", "title");
    assertThrows(IllegalArgumentException.class, () -> article.setSlug("Not A Slug"));
  }
}

package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.core.content.api.ArticlePublished;
import dev.headline.core.content.api.ArticleWithdrawn;
import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleRepository;
import dev.headline.core.content.domain.ArticleStatus;
import dev.headline.core.page.domain.PageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Core's publishing rules inside the server, through JPA and the migrated schema: the real WAR plus
 * this class. Runs on H2, and again on PostgreSQL by the build's second failsafe execution.
 */
@ExtendWith(FreshPostgresSchema.class)
@ExtendWith(ArquillianExtension.class)
class PublishingIT {

  @Deployment
  static WebArchive war() {
    return Deployments.headlineWar()
        .addClasses(PublishingIT.class, Announcements.class, FreshPostgresSchema.class);
  }

  /**
   * Records the ids announced by core's events, after commit and asynchronously. Read through
   * methods: the test holds a client proxy, whose own fields are not the bean's.
   */
  @ApplicationScoped
  public static class Announcements {
    private final Set<Long> published = ConcurrentHashMap.newKeySet();
    private final Set<Long> withdrawn = ConcurrentHashMap.newKeySet();

    public boolean published(long id) {
      return published.contains(id);
    }

    public boolean withdrawn(long id) {
      return withdrawn.contains(id);
    }

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlePublished event) {
      published.add(event.articleId());
    }

    void onWithdrawn(@ObservesAsync ArticleWithdrawn event) {
      withdrawn.add(event.articleId());
    }
  }

  @Inject ArticleService articles;
  @Inject ArticleRepository repository;
  @Inject PageRepository pages;
  @Inject Announcements announcements;
  @Inject UserTransaction transaction;

  @Test
  void demoContentIsWrittenOnceOnFirstStart() {
    assertTrue(articles.count() >= 150, "demo articles: " + articles.count());
    assertEquals(4, pages.all().size());
    // Other tests publish articles of their own: look at the demo's only.
    List<Article> latest =
        articles.latest(1000).stream()
            .filter(
                a ->
                    a.getStandfirst() != null && a.getStandfirst().startsWith("A fictional report"))
            .toList();
    assertEquals(150, latest.size());
    assertTrue(latest.stream().anyMatch(a -> a.getFeaturedImage() != null), "with pictures");
    Instant oldest = latest.get(latest.size() - 1).getPublishedAt();
    assertTrue(oldest.isAfter(Instant.now().minus(Duration.ofDays(91))), "spread over 90 days");
    assertTrue(oldest.isBefore(Instant.now().minus(Duration.ofDays(30))), "spread over 90 days");
    int shortest = latest.stream().mapToInt(Article::getWordCount).min().orElseThrow();
    int longest = latest.stream().mapToInt(Article::getWordCount).max().orElseThrow();
    assertTrue(shortest >= 200 && shortest < 600, "short pieces: " + shortest);
    assertTrue(longest > 1200 && longest <= 2600, "long reads: " + longest);
  }

  @Test
  void scheduledArticlesArePublishedByTheTimerWithoutAnyRequest() throws Exception {
    Article draft =
        articles.createDraft("Night shift at the observatory", a -> a.setBody("<p>Stars.</p>"));
    // Far enough ahead that a slow machine still finds it scheduled, near enough to wait for.
    Instant due = Instant.now().plusSeconds(6);
    articles.schedule(draft.getId(), due);
    assertEquals(ArticleStatus.SCHEDULED, repository.find(draft.getId()).orElseThrow().getStatus());
    assertTrue(articles.findVisible(draft.getSlug()).isEmpty(), "not before its time");

    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!announcements.published(draft.getId()) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    Article published = repository.find(draft.getId()).orElseThrow();
    assertEquals(ArticleStatus.PUBLISHED, published.getStatus());
    assertEquals(due.toEpochMilli() / 1000, published.getPublishedAt().toEpochMilli() / 1000);
    assertTrue(announcements.published(draft.getId()), "ArticlePublished fired");
    assertTrue(articles.findVisible(draft.getSlug()).isPresent());
  }

  @Test
  void slugsAreUniqueAndTransliterated() {
    Article first = articles.createDraft("Café société à Málaga", a -> {});
    Article second = articles.createDraft("Café Société à Malaga!", a -> {});
    assertEquals("cafe-societe-a-malaga", first.getSlug());
    assertEquals("cafe-societe-a-malaga-2", second.getSlug());
  }

  @Test
  void bodiesAreSanitisedAndTimedWhenStored() {
    String body =
        "<p>"
            + "word ".repeat(700)
            + "</p><img src=\"https://example.org/x.jpg\" alt=\"x\">"
            + "<script>alert(1)</script><p onmouseover=\"x()\">end</p>";
    Article saved = articles.createDraft("Sanitised on save", a -> a.setBody(body));
    Article reloaded = repository.find(saved.getId()).orElseThrow();
    assertFalse(reloaded.getBody().contains("script"));
    assertFalse(reloaded.getBody().contains("onmouseover"));
    assertEquals(701, reloaded.getWordCount());
    assertEquals(4, reloaded.getReadingMinutes());
  }

  @Test
  void aStaleSaveIsRefusedNotSilentlyOverwriting() throws Exception {
    Article created = articles.createDraft("Two editors, one story", a -> a.setBody("<p>v1</p>"));
    Article first = repository.find(created.getId()).orElseThrow();
    Article second = repository.find(created.getId()).orElseThrow();

    transaction.begin();
    first.setTitle("Edited by the first editor");
    repository.save(first);
    transaction.commit();

    transaction.begin();
    second.setTitle("Edited by the second editor");
    Exception conflict =
        assertThrows(
            Exception.class,
            () -> {
              repository.save(second);
              transaction.commit();
            });
    if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
      transaction.rollback();
    }
    assertTrue(
        conflict instanceof OptimisticLockException
            || conflict instanceof RollbackException
            || conflict.getCause() instanceof OptimisticLockException,
        "an optimistic lock conflict, got " + conflict);
    assertEquals(
        "Edited by the first editor", repository.find(created.getId()).orElseThrow().getTitle());
  }

  @Test
  void aRolledBackPublicationIsNeverAnnounced() throws Exception {
    Article article = articles.createDraft("Never to be", a -> a.setBody("<p>Draft.</p>"));
    transaction.begin();
    articles.publish(article.getId());
    transaction.rollback();
    assertEquals(ArticleStatus.DRAFT, repository.find(article.getId()).orElseThrow().getStatus());
    assertFalse(announcements.published(article.getId()));
  }

  @Test
  void withdrawnArticlesLeaveTheSite() {
    Article article =
        articles.createDraft("Short-lived story", a -> a.setBody("<p>Soon gone.</p>"));
    articles.publish(article.getId());
    assertTrue(articles.findVisible(article.getSlug()).isPresent());
    articles.withdraw(article.getId());
    assertTrue(articles.findVisible(article.getSlug()).isEmpty());
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!announcements.withdrawn(article.getId()) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertTrue(announcements.withdrawn(article.getId()), "ArticleWithdrawn, async");
    assertNotEquals(
        article.getId(), articles.latest(5).stream().map(Article::getId).findFirst().orElse(-1L));
  }
}

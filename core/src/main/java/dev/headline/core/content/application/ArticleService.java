package dev.headline.core.content.application;

import dev.headline.core.content.api.ArticlePublished;
import dev.headline.core.content.api.ArticleUpdated;
import dev.headline.core.content.api.ArticleWithdrawn;
import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleRepository;
import dev.headline.core.content.domain.ArticleRevision;
import dev.headline.core.content.domain.ArticleStamp;
import dev.headline.core.content.domain.ArticleStatus;
import dev.headline.core.content.domain.ArticleText;
import dev.headline.core.content.domain.RevisionRepository;
import dev.headline.core.content.domain.RevisionSummary;
import dev.headline.core.content.domain.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The publishing desk: creates, edits, publishes, schedules and withdraws articles, and tells the
 * rest of the system through the {@code dev.headline.core.content.api} events. Events are fired
 * inside the transaction; {@link ContentEventRelay} passes them on to asynchronous observers once
 * it has committed.
 *
 * <p>Every save of an article's text ({@link #createDraft}, {@link #update}, {@link #restore}) is
 * kept as a revision in the same transaction; {@link RevisionRecorder} says when a save is a
 * revision of its own.
 */
@ApplicationScoped
@Transactional
public class ArticleService {

  @Inject ArticleRepository articles;
  @Inject Event<ArticlePublished> published;
  @Inject Event<ArticleUpdated> updated;
  @Inject Event<ArticleWithdrawn> withdrawn;
  @Inject Clock clock;
  @Inject RevisionRepository revisions;
  @Inject RevisionRecorder recorder;

  /** A new draft with a unique slug made from its title; its first revision. */
  public Article createDraft(String title, Consumer<Article> details) {
    Article article = new Article(title, uniqueSlug(Slugs.of(title), null));
    details.accept(article);
    Article saved = articles.save(article);
    recorder.record(saved, null, null, null);
    return saved;
  }

  /** Applies an editor's change, keeps the text as a revision, and announces it. */
  public Article update(long id, Consumer<Article> change) {
    return change(id, change, null);
  }

  private Article change(long id, Consumer<Article> change, String note) {
    Article article = articles.find(id).orElseThrow(() -> new ArticleNotFound(id));
    String before = article.getSlug();
    ArticleText textBefore = ArticleText.of(article);
    Instant savedBefore = article.getUpdatedAt();
    change.accept(article);
    if (!article.getSlug().equals(before) && isTakenByOther(article.getSlug(), id)) {
      throw new IllegalArgumentException("Another article already uses " + article.getSlug());
    }
    Article saved = articles.save(article);
    recorder.record(saved, textBefore, savedBefore, note);
    var event = new ArticleUpdated(saved.getId(), saved.getSlug(), before, saved.getUpdatedAt());
    updated.fire(event);
    return saved;
  }

  /**
   * Puts an earlier revision's headline, standfirst and body back, as a new save over the version
   * the editor was looking at; the slug stays (a restore does not move a published article's
   * address). The restore is itself a revision, noted {@code "restored from <number>"}, so the text
   * it replaced is still in the history.
   *
   * @throws RevisionNotFound when the article has no such revision
   * @throws ArticleConflict when someone saved the article since {@code expectedVersion}
   */
  public Article restore(long id, long expectedVersion, int number) {
    ArticleRevision old =
        revisions.find(id, number).orElseThrow(() -> new RevisionNotFound(id, number));
    Article current = articles.find(id).orElseThrow(() -> new ArticleNotFound(id));
    if (current.getVersion() != expectedVersion) {
      throw new ArticleConflict(current);
    }
    ArticleText text = old.getText();
    return change(
        id,
        a -> {
          a.setTitle(text.title());
          a.setStandfirst(text.standfirst());
          a.setBody(text.body());
        },
        "restored from " + number);
  }

  /** An article's revisions, newest first (at most as many as are kept). */
  public List<RevisionSummary> revisions(long id) {
    return revisions.newestFirst(id, recorder.policy().keep());
  }

  /** One revision of an article, with its text. */
  public Optional<ArticleRevision> revision(long id, int number) {
    return revisions.find(id, number);
  }

  /** How many revisions an article has. */
  public long countRevisions(long id) {
    return revisions.count(id);
  }

  /**
   * Applies an editor's change to the version they started from. When someone else saved the
   * article since, nothing is changed and {@link ArticleConflict} carries the article as it is now.
   *
   * @param expectedVersion the {@link Article#getVersion()} the editor's form was made from
   */
  public Article update(long id, long expectedVersion, Consumer<Article> change) {
    Article current = articles.find(id).orElseThrow(() -> new ArticleNotFound(id));
    if (current.getVersion() != expectedVersion) {
      throw new ArticleConflict(current);
    }
    return update(id, change);
  }

  /**
   * Articles for the newsroom, most recently changed first.
   *
   * @param status only this status, or null for all
   * @param text only titles or slugs containing this, or null
   * @param createdBy only this creator's articles, or null for everyone's
   * @param page from 1
   */
  public List<Article> newsroom(
      ArticleStatus status, String text, String createdBy, int page, int size) {
    return articles.newsroom(status, blankToNull(text), createdBy, (page - 1) * size, size);
  }

  /** How many articles {@link #newsroom} lists in all. */
  public long countNewsroom(ArticleStatus status, String text, String createdBy) {
    return articles.countNewsroom(status, blankToNull(text), createdBy);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Publishes now, or keeps the scheduled time if it is already past. */
  public Article publish(long id) {
    Article article = articles.find(id).orElseThrow(() -> new ArticleNotFound(id));
    return publish(article);
  }

  /** Schedules an article; a time in the past publishes it at once with that time. */
  public Article schedule(long id, Instant when) {
    Article article = articles.find(id).orElseThrow(() -> new ArticleNotFound(id));
    article.schedule(when);
    if (!when.isAfter(clock.instant())) {
      return publish(article);
    }
    return articles.save(article);
  }

  public Article withdraw(long id) {
    Article article = articles.find(id).orElseThrow(() -> new ArticleNotFound(id));
    boolean wasLive = article.getStatus() == ArticleStatus.PUBLISHED;
    article.withdraw();
    Article saved = articles.save(article);
    if (wasLive) {
      var event = new ArticleWithdrawn(saved.getId(), saved.getSlug(), clock.instant());
      withdrawn.fire(event);
    }
    return saved;
  }

  /**
   * Publishes every scheduled article whose time has come, including those missed while the server
   * was down.
   *
   * @return how many were published
   */
  public int publishDue(int batch) {
    List<Article> due = articles.dueForPublication(clock.instant(), batch);
    due.forEach(this::publish);
    return due.size();
  }

  public Optional<Article> findVisible(String slug) {
    Instant now = clock.instant();
    return articles.findBySlug(slug).filter(a -> a.isVisibleAt(now));
  }

  /** The visible articles among these ids, in the order given. */
  public List<Article> visible(List<Long> ids) {
    Instant now = clock.instant();
    return articles.findAll(ids).stream().filter(a -> a.isVisibleAt(now)).toList();
  }

  public Optional<Article> find(long id) {
    return articles.find(id);
  }

  /** The visible article published just before this one ("Previous Post"), if any. */
  public Optional<Article> previous(Article article) {
    if (article.getPublishedAt() == null) {
      return Optional.empty();
    }
    return articles
        .publishedBefore(clock.instant(), article.getPublishedAt(), article.getId(), 1)
        .stream()
        .findFirst();
  }

  /** The visible article published just after this one ("Next Post"), if any. */
  public Optional<Article> next(Article article) {
    if (article.getPublishedAt() == null) {
      return Optional.empty();
    }
    return articles.publishedAfter(clock.instant(), article.getPublishedAt(), article.getId());
  }

  /** Visible articles, newest first, as stamps (for sitemaps). */
  public List<ArticleStamp> stamps(int offset, int limit) {
    return articles.publishedStamps(clock.instant(), offset, limit);
  }

  /** Visible articles published in the last {@code age}, newest first, as stamps. */
  public List<ArticleStamp> publishedWithin(java.time.Duration age, int limit) {
    Instant now = clock.instant();
    return articles.publishedSince(now, now.minus(age), limit);
  }

  /** The ids of an author's visible articles, newest first: page {@code page} (from 1). */
  public List<Long> byAuthor(long authorId, int page, int size) {
    return articles.publishedByAuthor(clock.instant(), authorId, (page - 1) * size, size);
  }

  /** How many visible articles an author has. */
  public long countByAuthor(long authorId) {
    return articles.countPublishedByAuthor(clock.instant(), authorId);
  }

  /** How many articles readers can see. */
  public long countVisible() {
    return articles.countPublished(clock.instant());
  }

  public List<Article> latest(int limit) {
    return articles.latestPublished(clock.instant(), limit);
  }

  public long count() {
    return articles.count();
  }

  /** The slug itself when free, else the first free {@code slug-2}, {@code slug-3}... */
  public String uniqueSlug(String wanted, Long ownId) {
    String base = wanted.isEmpty() ? "article" : wanted;
    String candidate = base;
    for (int n = 2; isTakenByOther(candidate, ownId); n++) {
      candidate = Slugs.numbered(base, n);
    }
    return candidate;
  }

  private boolean isTakenByOther(String slug, Long ownId) {
    return articles.findBySlug(slug).map(a -> !a.getId().equals(ownId)).orElse(false);
  }

  private Article publish(Article article) {
    article.publish(clock.instant());
    Article saved = articles.save(article);
    var event = new ArticlePublished(saved.getId(), saved.getSlug(), saved.getPublishedAt());
    published.fire(event);
    return saved;
  }
}

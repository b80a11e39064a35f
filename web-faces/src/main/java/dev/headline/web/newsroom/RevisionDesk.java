package dev.headline.web.newsroom;

import dev.headline.core.audit.domain.AuditEntry;
import dev.headline.core.audit.domain.AuditLog;
import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.application.RevisionNotFound;
import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleText;
import dev.headline.core.content.domain.RevisionSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The newsroom's article revisions: the history, the text of any revision, and restoring one.
 * Whoever may see an article in the newsroom may read its history; restoring is a save, so only
 * those who may edit the article now may restore ({@link NewsroomDesk#mayEdit}). Checked here on
 * every call, whatever the screen offered; a refusal throws {@link NotAllowed}.
 *
 * <p>Named for the editor's "Revisions (N)" link, which reads {@link #count}.
 */
@Named
@ApplicationScoped
@Transactional
public class RevisionDesk {

  @Inject NewsroomDesk desk;
  @Inject ArticleService articles;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The article, if the caller may see it, with its revisions newest first. */
  public History history(long articleId) {
    Article article = desk.open(articleId);
    return new History(
        article, ArticleText.of(article), articles.revisions(articleId), desk.mayEdit(article));
  }

  /** How many revisions the article has, if the caller may see it. */
  public long count(long articleId) {
    desk.open(articleId);
    return articles.countRevisions(articleId);
  }

  /** The text of one revision, if the caller may see the article. */
  public ArticleText text(long articleId, int number) {
    desk.open(articleId);
    return articles
        .revision(articleId, number)
        .orElseThrow(() -> new RevisionNotFound(articleId, number))
        .getText();
  }

  /**
   * Puts revision {@code number}'s text back as a new save over {@code version}, and writes it to
   * the audit log.
   *
   * @throws dev.headline.core.content.application.ArticleConflict when someone saved since
   */
  public Article restore(long articleId, long version, int number) {
    Caller caller = desk.caller();
    Article article = desk.open(articleId);
    if (!desk.mayEdit(article)) {
      throw new NotAllowed("restore a revision of article " + articleId);
    }
    Article restored = articles.restore(articleId, version, number);
    audit.record(
        new AuditEntry(
            clock.instant(),
            caller.username(),
            "RESTORE_REVISION",
            "article " + articleId + " \u201c" + restored.getTitle() + "\u201d",
            "revision " + number));
    return restored;
  }

  /**
   * What the revisions screen shows of an article.
   *
   * @param article the article as stored now
   * @param current its text now
   * @param revisions its revisions, newest first
   * @param mayRestore whether the caller may restore a revision (may edit the article now)
   */
  public record History(
      Article article, ArticleText current, List<RevisionSummary> revisions, boolean mayRestore) {}
}

package dev.headline.web.newsroom;

import dev.headline.core.content.application.ArticleConflict;
import dev.headline.core.content.application.ArticleNotFound;
import dev.headline.core.content.application.RevisionNotFound;
import dev.headline.core.content.domain.ArticleText;
import dev.headline.core.content.domain.RevisionSummary;
import dev.headline.core.content.domain.WordDiff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * An article's revisions ({@code /newsroom/revisions?article=12}): the list, a comparison of two
 * ({@code &from=3&to=5}; without {@code to} against the text as it is now; without {@code from} the
 * revision before the newest), and "Restore" for the revision compared from.
 *
 * <p>The page remembers the article's version it showed: a restore after someone else saved is
 * refused with a message and the comparison is shown again against their text.
 */
@Named
@ViewScoped
public class RevisionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Inject RevisionDesk revisions;

  private long articleId;
  private Integer from;
  private Integer to;

  private long version;
  private String title;
  private boolean mayRestore;
  private List<Row> rows = List.of();
  private String titleDiff;
  private String slugDiff;
  private String standfirstDiff;
  private String bodyDiff;
  private boolean unchanged;

  @PostConstruct
  void open() {
    String article = Notices.param("article");
    if (article == null || !article.matches("[1-9][0-9]{0,17}")) {
      throw new ArticleNotFound(0);
    }
    articleId = Long.parseLong(article);
    from = number("from", false);
    to = number("to", true);
    load();
    String restored = Notices.param("restored");
    if (restored != null && restored.matches("[1-9][0-9]{0,8}")) {
      Notices.info("revisionsRestored", Integer.parseInt(restored));
    }
  }

  /** A revision number from the request; absent (or "current" where allowed) is null. */
  private Integer number(String name, boolean currentAllowed) {
    String value = Notices.param(name);
    if (value == null || value.isEmpty() || (currentAllowed && "current".equals(value))) {
      return null;
    }
    if (!value.matches("[1-9][0-9]{0,8}")) {
      throw new RevisionNotFound(articleId, 0);
    }
    return Integer.parseInt(value);
  }

  private void load() {
    RevisionDesk.History history = revisions.history(articleId);
    version = history.article().getVersion();
    title = history.article().getTitle();
    mayRestore = history.mayRestore();
    List<RevisionSummary> all = history.revisions();
    if (from == null && !all.isEmpty()) {
      from = all.get(Math.min(1, all.size() - 1)).number();
    }
    rows =
        all.stream()
            .map(
                r ->
                    new Row(
                        r.number(),
                        r.savedBy(),
                        WHEN.format(r.savedAt()),
                        r.startedAt().equals(r.savedAt()) ? null : WHEN.format(r.startedAt()),
                        r.note(),
                        Objects.equals(from, r.number()),
                        Objects.equals(to, r.number())))
            .toList();
    if (from == null) {
      return;
    }
    ArticleText older = revisions.text(articleId, from);
    ArticleText newer = to == null ? history.current() : revisions.text(articleId, to);
    unchanged = older.equals(newer);
    DiffMarkup markup =
        new DiffMarkup(Notices.text("revisionsInserted"), Notices.text("revisionsDeleted"));
    titleDiff = markup.text(WordDiff.ofText(older.title(), newer.title()));
    slugDiff = markup.text(WordDiff.ofText(older.slug(), newer.slug()));
    standfirstDiff = markup.text(WordDiff.ofText(older.standfirst(), newer.standfirst()));
    bodyDiff = markup.body(WordDiff.ofHtml(older.body(), newer.body()));
  }

  /** Restores the revision compared from, over the version this page showed. */
  public void restore() {
    if (from == null) {
      return;
    }
    try {
      revisions.restore(articleId, version, from);
      Notices.redirect("/newsroom/revisions?article=" + articleId + "&restored=" + from);
    } catch (ArticleConflict conflict) {
      to = null;
      load();
      Notices.error(null, "revisionsConflict");
    }
  }

  /**
   * A line of the history.
   *
   * @param number the revision's number
   * @param savedBy who saved it
   * @param savedAt when (formatted, UTC)
   * @param startedAt when the first save folded into it was made, or null when it is one save
   * @param note why it is special, or null
   * @param from whether it is the revision compared from
   * @param to whether it is the revision compared to
   */
  public record Row(
      int number,
      String savedBy,
      String savedAt,
      String startedAt,
      String note,
      boolean from,
      boolean to)
      implements Serializable {}

  public long getArticleId() {
    return articleId;
  }

  public long getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public boolean isMayRestore() {
    return mayRestore;
  }

  public List<Row> getRows() {
    return rows;
  }

  /** The revision compared from, or null when the article has none. */
  public Integer getFrom() {
    return from;
  }

  /** The revision compared to, or null for the text as it is now. */
  public Integer getTo() {
    return to;
  }

  /** Whether the two texts compared are the same. */
  public boolean isUnchanged() {
    return unchanged;
  }

  /** The headline's comparison, escaped HTML with {@code ins} and {@code del}. */
  public String getTitleDiff() {
    return titleDiff;
  }

  public String getSlugDiff() {
    return slugDiff;
  }

  public String getStandfirstDiff() {
    return standfirstDiff;
  }

  public String getBodyDiff() {
    return bodyDiff;
  }
}

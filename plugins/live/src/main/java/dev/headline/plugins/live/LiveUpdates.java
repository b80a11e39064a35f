package dev.headline.plugins.live;

import dev.headline.core.content.api.ArticleUpdated;
import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.data.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The updates of live stories: stored in {@code live_update}, kept in memory per story (newest
 * first) once read, so readers' pages and the polling endpoint never query the database between two
 * posts. A post fires core's {@link ArticleUpdated}, so caches of the story's page drop it.
 */
@ApplicationScoped
public class LiveUpdates {

  /** Updates kept and shown per story: the newest. */
  static final int SHOWN = 200;

  @Resource(lookup = SchemaMigrations.DATASOURCE)
  DataSource dataSource;

  @Inject ArticleService articles;
  @Inject Event<ArticleUpdated> updated;

  Clock clock = Clock.systemUTC();

  private final Map<Long, List<LiveUpdate>> byArticle = new ConcurrentHashMap<>();

  /** A story's updates, newest first. */
  public List<LiveUpdate> of(long articleId) {
    return byArticle.computeIfAbsent(articleId, this::load);
  }

  /** The updates of a story newer than {@code afterId}, newest first. */
  public List<LiveUpdate> after(long articleId, long afterId) {
    return of(articleId).stream().filter(u -> u.id() > afterId).toList();
  }

  /**
   * Posts an update to a visible article.
   *
   * @return the stored update, or empty when the article is not visible
   * @throws IllegalArgumentException when the text is empty or too long
   */
  public Optional<LiveUpdate> post(long articleId, String headline, String body, String author) {
    String text = body == null ? "" : body.strip();
    String title = headline == null || headline.isBlank() ? null : headline.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("An update needs some text.");
    }
    if (text.length() > LiveUpdate.MAX_BODY
        || (title != null && title.length() > LiveUpdate.MAX_HEADLINE)) {
      throw new IllegalArgumentException("The update is too long.");
    }
    Optional<Article> article =
        articles.find(articleId).filter(a -> a.isVisibleAt(clock.instant()));
    if (article.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    LiveUpdate stored;
    try (Connection c = dataSource.getConnection()) {
      long id;
      try (PreparedStatement ps = c.prepareStatement("select nextval('hl_seq')");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into live_update (id, article_id, posted_at, headline, body, author)"
                  + " values (?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, id);
        ps.setLong(2, articleId);
        ps.setObject(3, now.atOffset(ZoneOffset.UTC));
        ps.setString(4, title);
        ps.setString(5, text);
        ps.setString(6, author);
        ps.executeUpdate();
      }
      stored = new LiveUpdate(id, articleId, now, title, text, author);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store a live update", e);
    }
    byArticle.remove(articleId);
    String slug = article.get().getSlug();
    updated.fire(new ArticleUpdated(articleId, slug, slug, now));
    return Optional.of(stored);
  }

  private List<LiveUpdate> load(long articleId) {
    List<LiveUpdate> updates = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select id, posted_at, headline, body, author from live_update"
                    + " where article_id = ? order by id desc fetch first "
                    + SHOWN
                    + " rows only")) {
      ps.setLong(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          updates.add(
              new LiveUpdate(
                  rs.getLong(1),
                  articleId,
                  rs.getObject(2, OffsetDateTime.class).toInstant(),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read live updates", e);
    }
    return List.copyOf(updates);
  }
}

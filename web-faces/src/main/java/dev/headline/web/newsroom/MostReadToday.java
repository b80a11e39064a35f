package dev.headline.web.newsroom;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.EditorialPolicy;
import dev.headline.core.spi.Engagement;
import dev.headline.core.spi.RankedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dashboard's "today's most read": the articles with the most counted views since midnight in
 * the site's time zone ({@code headline.site.time-zone}), from the engagement module's hourly
 * counts ({@link Engagement#mostViewedSince}), for the whole site or one section with its
 * subsections. Any member of staff sees the list; an entry links to the editor only for those who
 * may open the article.
 */
@ApplicationScoped
public class MostReadToday {

  /** How many entries the dashboard shows. */
  static final int SIZE = 10;

  @Inject NewsroomDesk desk;
  @Inject Engagement engagement;
  @Inject ArticleService articles;
  @Inject Clock clock;
  @Inject dev.headline.taxonomy.tree.api.Sections sections;

  @Inject
  @ConfigProperty(name = "headline.site.time-zone", defaultValue = "UTC")
  String timeZone;

  /**
   * Today's top articles, most read first.
   *
   * @param sectionId only articles filed in this section or under it, or null for the whole site
   */
  public List<Entry> top(Long sectionId) {
    Caller caller = desk.caller();
    Instant since = midnight(clock.instant(), ZoneId.of(timeZone));
    List<RankedArticle> ranking =
        sectionId == null
            ? engagement.mostViewedSince(since, SIZE)
            : engagement.mostViewedSince(since, sections.articleIdsUnder(sectionId), SIZE);
    List<Entry> entries = new ArrayList<>();
    for (RankedArticle ranked : ranking) {
      articles
          .find(ranked.articleId())
          .ifPresent(
              a ->
                  entries.add(
                      new Entry(
                          a.getId(), a.getTitle(), (long) ranked.score(), mayOpen(caller, a))));
    }
    return entries;
  }

  private static boolean mayOpen(Caller caller, Article article) {
    return EditorialPolicy.mayView(caller.roles(), caller.username(), article.getCreatedBy());
  }

  /**
   * The start of the day that holds {@code now} in {@code zone} (the first moment of the day where
   * a change of clocks skips midnight).
   */
  static Instant midnight(Instant now, ZoneId zone) {
    return LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
  }

  /**
   * One line of the list.
   *
   * @param views counted views today
   * @param mayOpen whether the caller may open the article in the editor
   */
  public record Entry(long articleId, String title, long views, boolean mayOpen) {}
}

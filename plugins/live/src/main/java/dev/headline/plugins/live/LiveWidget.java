package dev.headline.plugins.live;

import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.core.spi.Widget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The updates of a live story under its text, newest first, for stories filed in the Live section;
 * new ones appear without a reload (the fragment's script polls {@link LiveServlet}).
 */
@ApplicationScoped
public class LiveWidget implements Widget {

  @Inject LiveUpdates updates;
  @Inject Taxonomy taxonomy;

  @Inject
  @ConfigProperty(name = "headline.live.poll-seconds", defaultValue = "15")
  int pollSeconds;

  @Inject
  @ConfigProperty(name = "headline.site.time-zone", defaultValue = "UTC")
  String timeZone;

  @Override
  public String id() {
    return "live-updates";
  }

  @Override
  public Slot slot() {
    return Slot.ARTICLE_END;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String fragment() {
    return "/live/updates.xhtml";
  }

  @Override
  public boolean appliesTo(Context page) {
    return page.articleId() != null
        && liveSection().map(s -> page.underSection(s.path())).orElse(false);
  }

  @Override
  public Object model(Context page) {
    List<LiveUpdate> list = updates.of(page.articleId());
    DateTimeFormatter format =
        DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH).withZone(ZoneId.of(timeZone));
    return new LiveView(
        page.articleId(),
        list.stream()
            .map(
                u ->
                    new Shown(
                        u.id(),
                        u.postedAt().toString(),
                        format.format(u.postedAt()),
                        u.headline(),
                        u.body(),
                        u.author()))
            .toList(),
        list.isEmpty() ? 0 : list.get(0).id(),
        pollSeconds * 1000);
  }

  private Optional<Section> liveSection() {
    return taxonomy.sectionAt(List.of(LiveSections.SLUG));
  }

  /**
   * What the fragment renders.
   *
   * @param latestId the newest update's id, where polling starts
   * @param pollMillis how often the page asks for newer updates
   */
  public record LiveView(long articleId, List<Shown> updates, long latestId, int pollMillis) {}

  /**
   * An update as the page shows it.
   *
   * @param iso the time for {@code datetime}
   * @param time the time for readers, in the site's time zone
   */
  public record Shown(
      long id, String iso, String time, String headline, String body, String author) {}
}

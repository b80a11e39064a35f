package dev.headline.web.widgets;

import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.core.spi.Widget;
import dev.headline.web.portal.ListEntry;
import dev.headline.web.portal.ReaderLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sidebar's "Trending / Comments / Latest" tabs. On a section's pages (its archive and its
 * articles) "Trending" ranks that section's articles; elsewhere the whole site's.
 */
@ApplicationScoped
public class PopularTabsWidget implements Widget {

  @Inject ReaderLists lists;
  @Inject Taxonomy taxonomy;

  @Inject
  @ConfigProperty(name = "headline.widgets.tabs.size", defaultValue = "5")
  int size;

  @Override
  public String id() {
    return "popular-tabs";
  }

  @Override
  public Slot slot() {
    return Slot.SIDEBAR;
  }

  @Override
  public int order() {
    return 100;
  }

  /** The lists and their counts may be ten seconds old, as on a page from the page cache. */
  @Override
  public int keepSeconds() {
    return 10;
  }

  @Override
  public String fragment() {
    return "/WEB-INF/includes/widgets/popular-tabs.xhtml";
  }

  @Override
  public Object model(Context page) {
    Optional<Section> section = Optional.empty();
    if (page.sectionPath() != null) {
      section =
          taxonomy.sectionAt(
              List.of(page.sectionPath().split("/")).stream().filter(s -> !s.isEmpty()).toList());
    }
    List<ListEntry> trending = lists.trending(section, size);
    if (trending.isEmpty() && section.isPresent()) {
      trending = lists.trending(Optional.empty(), size);
    }
    return new Tabs(trending, lists.mostCommented(size), lists.latest(size));
  }

  /**
   * The three tabs' lists.
   *
   * @param trending most read lately, with time decay
   * @param commented most commented in the last days
   * @param latest newest
   */
  public record Tabs(List<ListEntry> trending, List<ListEntry> commented, List<ListEntry> latest) {}
}

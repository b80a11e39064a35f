package dev.headline.web.widgets;

import dev.headline.core.spi.Widget;
import dev.headline.web.portal.ReaderLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** "Recent News": the newest articles with their date and view count. */
@ApplicationScoped
public class RecentNewsWidget implements Widget {

  @Inject ReaderLists lists;

  @Inject
  @ConfigProperty(name = "headline.widgets.recent.size", defaultValue = "5")
  int size;

  @Override
  public String id() {
    return "recent-news";
  }

  @Override
  public Slot slot() {
    return Slot.SIDEBAR;
  }

  @Override
  public int order() {
    return 200;
  }

  /** Its view counts may be ten seconds old, as on a page from the page cache. */
  @Override
  public int keepSeconds() {
    return 10;
  }

  @Override
  public String fragment() {
    return "/WEB-INF/includes/widgets/recent-news.xhtml";
  }

  @Override
  public Object model(Context page) {
    return lists.latest(size);
  }
}

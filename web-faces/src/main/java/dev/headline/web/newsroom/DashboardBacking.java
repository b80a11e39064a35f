package dev.headline.web.newsroom;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The newsroom's front page: my drafts, what is scheduled, what went out, comments waiting, and
 * today's most read articles (of the site, or of one section: {@code /newsroom?section=12}).
 */
@Named
@RequestScoped
public class DashboardBacking {

  @Inject NewsroomDesk desk;
  @Inject MostReadToday mostRead;
  @Inject dev.headline.core.spi.Taxonomy taxonomy;

  private NewsroomDesk.Dashboard model;
  private java.util.List<MostReadToday.Entry> today;
  private Long section;

  @PostConstruct
  void load() {
    model = desk.dashboard();
    String wanted = Notices.param("section");
    if (wanted != null && wanted.matches("[1-9][0-9]{0,17}")) {
      section =
          taxonomy
              .section(Long.parseLong(wanted))
              .map(dev.headline.core.spi.Section::id)
              .orElse(null);
    }
    today = mostRead.top(section);
  }

  /** Today's most read articles, most read first. */
  public java.util.List<MostReadToday.Entry> getMostReadToday() {
    return today;
  }

  /** The section "today's most read" is limited to ({@code ?section=12}), or empty. */
  public String getSection() {
    return section == null ? "" : section.toString();
  }

  /** The sections to limit "today's most read" to, in tree order. */
  public java.util.List<dev.headline.core.spi.Section> getSections() {
    return taxonomy.all();
  }

  public NewsroomDesk.Dashboard getModel() {
    return model;
  }
}

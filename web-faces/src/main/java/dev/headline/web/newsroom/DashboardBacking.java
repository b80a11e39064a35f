package dev.headline.web.newsroom;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The newsroom's front page: my drafts, what is scheduled, what went out, comments waiting. */
@Named
@RequestScoped
public class DashboardBacking {

  @Inject NewsroomDesk desk;
  @Inject MostReadToday mostRead;

  private NewsroomDesk.Dashboard model;
  private java.util.List<MostReadToday.Entry> today;

  @PostConstruct
  void load() {
    model = desk.dashboard();
    today = mostRead.top();
  }

  /** Today's most read articles, most read first. */
  public java.util.List<MostReadToday.Entry> getMostReadToday() {
    return today;
  }

  public NewsroomDesk.Dashboard getModel() {
    return model;
  }
}

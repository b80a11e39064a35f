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

  private NewsroomDesk.Dashboard model;

  @PostConstruct
  void load() {
    model = desk.dashboard();
  }

  public NewsroomDesk.Dashboard getModel() {
    return model;
  }
}

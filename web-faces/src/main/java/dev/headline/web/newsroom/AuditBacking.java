package dev.headline.web.newsroom;

import dev.headline.core.audit.domain.AuditEntry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The audit log for admins, newest first, fifty a page ({@code ?page=2}). */
@Named
@RequestScoped
public class AuditBacking {

  static final int PAGE_SIZE = 50;

  @Inject NewsroomDesk desk;

  private List<AuditEntry> entries;
  private int page;
  private long total;

  @PostConstruct
  void load() {
    page = Notices.positive("page", 1);
    total = desk.auditCount();
    entries = desk.audit(page, PAGE_SIZE);
  }

  public List<AuditEntry> getEntries() {
    return entries;
  }

  public int getPage() {
    return page;
  }

  public int getPages() {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }
}

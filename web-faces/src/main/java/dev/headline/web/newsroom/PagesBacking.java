package dev.headline.web.newsroom;

import dev.headline.core.page.domain.Page;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Static pages for editors and admins ({@code /newsroom/pages}): the list in menu order, and a form
 * that creates a page or, with {@code ?id=}, edits one. Saves and deletions name the version the
 * screen showed: if someone changed the page meanwhile nothing is overwritten, a message says so
 * and the form keeps what was typed (a second save then applies it over the newer version). Rules
 * and the audit log are {@link SiteDesk}'s.
 */
@Named
@ViewScoped
public class PagesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SiteDesk desk;

  private List<Row> pages;
  private Long id;
  private long version;
  private String title;
  private String slug;
  private String body;
  private Integer position = 0;

  /**
   * A page in the list.
   *
   * @param version the version the list shows, which a deletion must still find
   */
  public record Row(long id, String slug, String title, int position, long version)
      implements Serializable {}

  @PostConstruct
  void load() {
    desk.pageManagerOrRefuse();
    refreshList();
    String wanted = Notices.param("id");
    if (wanted != null) {
      Optional<Page> page =
          wanted.matches("[1-9][0-9]{0,17}") ? desk.page(Long.parseLong(wanted)) : Optional.empty();
      if (page.isEmpty()) {
        throw new PageNotFound();
      }
      show(page.get());
    }
  }

  private void refreshList() {
    pages =
        desk.pages().stream()
            .map(
                p -> new Row(p.getId(), p.getSlug(), p.getTitle(), p.getPosition(), p.getVersion()))
            .toList();
  }

  private void show(Page page) {
    id = page.getId();
    version = page.getVersion();
    title = page.getTitle();
    slug = page.getSlug();
    body = page.getBody();
    position = page.getPosition();
  }

  /** Creates the page, or saves the one being edited. */
  public void save() {
    PageDraft draft = new PageDraft(title, slug, body, position == null ? 0 : position);
    try {
      if (id == null) {
        Page created = desk.createPage(draft);
        Notices.redirect("/newsroom/pages?id=" + created.getId() + "&created=1");
        return;
      }
      show(desk.savePage(id, version, draft));
      refreshList();
      Notices.info("newsroomPageSaved");
    } catch (PageRefused e) {
      e.problems().forEach(p -> Notices.error("page:" + p.field(), p.key()));
    } catch (RuntimeException e) {
      if (!conflict(e)) {
        throw e;
      }
      Optional<Page> now = desk.page(id);
      if (now.isEmpty()) {
        id = null;
        Notices.error(null, "newsroomPageGone");
      } else {
        version = now.get().getVersion();
        Notices.error(null, "newsroomPageConflict", now.get().getTitle());
      }
      refreshList();
    }
  }

  /** Deletes a page from the list, if it is still the version the list showed. */
  public void delete(long pageId, long shownVersion) {
    try {
      desk.deletePage(pageId, shownVersion);
      if (id != null && id == pageId) {
        id = null;
      }
      Notices.info("newsroomPageDeleted");
    } catch (RuntimeException e) {
      if (!conflict(e)) {
        throw e;
      }
      Notices.error(null, "newsroomPageDeleteConflict");
    }
    refreshList();
  }

  /** Whether a failure is someone else's change (our check, or JPA's at commit). */
  private static boolean conflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PageConflict || t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  /** Whether the page was just created (the redirect says so). */
  public boolean isCreated() {
    return "1".equals(Notices.param("created"));
  }

  public List<Row> getPages() {
    return pages;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }
}

package dev.headline.web.newsroom;

import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Sections for editors and admins ({@code /newsroom/sections}): create, rename, move and delete,
 * through the taxonomy's own operations (which keep old addresses answering with 301). A rule the
 * tree refuses (a taken slug, a move under its own child, the last section) is shown as a message.
 */
@Named
@ViewScoped
public class SectionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NewsroomDesk desk;
  @Inject Taxonomy taxonomy;

  private Long parentId;
  private String name;
  private String slug;
  private Long sectionId;
  private Long targetId;
  private Integer position;

  @PostConstruct
  void check() {
    desk.sectionManagerOrRefuse();
  }

  /** The tree, in order, with each section's path. */
  public List<Section> getSections() {
    return taxonomy.all();
  }

  /** Creates a section under the chosen parent. */
  public void create() {
    if (blank(name)) {
      Notices.error("sections:name", "newsroomSectionNameMissing");
      return;
    }
    run(() -> desk.createSection(parentId, name, slug));
  }

  /** Renames the chosen section. */
  public void rename() {
    if (sectionId == null || blank(name)) {
      Notices.error(null, "newsroomSectionChoose");
      return;
    }
    run(() -> desk.renameSection(sectionId, name, slug));
  }

  /** Moves the chosen section under the target (none: top level). */
  public void move() {
    if (sectionId == null) {
      Notices.error(null, "newsroomSectionChoose");
      return;
    }
    run(
        () ->
            desk.moveSection(sectionId, targetId, position == null ? Integer.MAX_VALUE : position));
  }

  /** Deletes the chosen section. */
  public void delete() {
    if (sectionId == null) {
      Notices.error(null, "newsroomSectionChoose");
      return;
    }
    run(() -> desk.deleteSection(sectionId));
  }

  private void run(Runnable change) {
    try {
      change.run();
      Notices.info("newsroomSectionsSaved");
      name = null;
      slug = null;
    } catch (RuntimeException e) {
      if (!refusedByTheTree(e)) {
        throw e;
      }
      Notices.error(null, "newsroomSectionRefused", e.getMessage());
    }
  }

  private static boolean refusedByTheTree(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof dev.headline.taxonomy.tree.domain.TaxonomyException
          || t instanceof IllegalArgumentException) {
        return true;
      }
    }
    return false;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Long getSectionId() {
    return sectionId;
  }

  public void setSectionId(Long sectionId) {
    this.sectionId = sectionId;
  }

  public Long getTargetId() {
    return targetId;
  }

  public void setTargetId(Long targetId) {
    this.targetId = targetId;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }
}

package dev.headline.core.spi;

import java.util.List;

/**
 * A node of the category tree as readers see it: a section ("World News") or a subsection ("Asia"),
 * read from the {@link Taxonomy}'s in-memory model.
 *
 * @param id stable id
 * @param parentId the parent's id, {@code null} for a top-level section
 * @param slug the URL segment, unique among siblings
 * @param name the display name
 * @param description a line for archive pages and feeds, may be {@code null}
 * @param accentColour a CSS colour such as {@code #0b3d91}, may be {@code null}
 * @param path the URL path below the context root, with slashes: {@code /world-news/asia/}
 * @param childIds the children's ids, in menu order
 */
public record Section(
    long id,
    Long parentId,
    String slug,
    String name,
    String description,
    String accentColour,
    String path,
    List<Long> childIds) {

  public Section {
    childIds = List.copyOf(childIds);
  }

  /** Whether this is a top-level section. */
  public boolean isTopLevel() {
    return parentId == null;
  }
}

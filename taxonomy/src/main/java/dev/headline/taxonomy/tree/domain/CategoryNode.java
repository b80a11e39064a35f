package dev.headline.taxonomy.tree.domain;

/**
 * One category as stored: the facts from which the tree's paths and menus are derived.
 *
 * @param parentId {@code null} for a top-level section
 * @param fallback whether this is the section that takes articles without one ("Uncategorized")
 */
public record CategoryNode(
    long id,
    Long parentId,
    String slug,
    String name,
    String description,
    int position,
    String accentColour,
    boolean fallback) {

  public CategoryNode withParent(Long newParent, int newPosition) {
    return new CategoryNode(
        id, newParent, slug, name, description, newPosition, accentColour, fallback);
  }

  public CategoryNode renamed(String newName, String newSlug) {
    return new CategoryNode(
        id, parentId, newSlug, newName, description, position, accentColour, fallback);
  }
}

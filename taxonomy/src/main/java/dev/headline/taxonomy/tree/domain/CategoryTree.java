package dev.headline.taxonomy.tree.domain;

import dev.headline.core.content.domain.Slugs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of the category tree, and the rules every change must keep: slugs unique
 * among siblings, no cycles, the fallback section always present. Operations return the checked
 * result or throw {@link TaxonomyException} with a message for the editor; they do not store
 * anything.
 *
 * <pre>{@code
 * CategoryTree tree = CategoryTree.of(store.loadAll());
 * tree.checkMove(asiaId, worldNewsId); // throws if it would create a cycle
 * String path = tree.path(asiaId);      // "/world-news/asia/"
 * }</pre>
 */
public final class CategoryTree {

  private static final Comparator<CategoryNode> MENU_ORDER =
      Comparator.comparingInt(CategoryNode::position).thenComparingLong(CategoryNode::id);

  /** Slugs that address archive pages and feeds, at every level. */
  public static final Set<String> RESERVED = Set.of("page", "feed");

  /**
   * Slugs the portal and the server use for their own addresses at the top level ({@code /health}
   * is the server's health check, for one).
   */
  public static final Set<String> RESERVED_AT_TOP =
      Set.of(
          "tag",
          "author",
          "article",
          "search",
          "share",
          "static",
          "media",
          "api",
          "health",
          "metrics",
          "openapi",
          "newsroom",
          "account",
          "feed",
          "page");

  private final Map<Long, CategoryNode> byId;
  private final Map<Long, List<CategoryNode>> childrenByParent;
  private final Map<Long, String> paths = new HashMap<>();

  private CategoryTree(Collection<CategoryNode> nodes) {
    byId = new LinkedHashMap<>();
    childrenByParent = new HashMap<>();
    for (CategoryNode node : nodes) {
      byId.put(node.id(), node);
    }
    for (CategoryNode node : nodes) {
      childrenByParent.computeIfAbsent(key(node.parentId()), k -> new ArrayList<>()).add(node);
    }
    childrenByParent.values().forEach(list -> list.sort(MENU_ORDER));
    for (CategoryNode node : nodes) {
      paths.put(node.id(), computePath(node));
    }
  }

  public static CategoryTree of(Collection<CategoryNode> nodes) {
    return new CategoryTree(nodes);
  }

  public Optional<CategoryNode> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  public CategoryNode get(long id) {
    return find(id).orElseThrow(() -> new TaxonomyException("There is no section " + id));
  }

  public List<CategoryNode> roots() {
    return children(null);
  }

  public List<CategoryNode> children(Long parentId) {
    return List.copyOf(childrenByParent.getOrDefault(key(parentId), List.of()));
  }

  /** Every category, depth first, in menu order. */
  public List<CategoryNode> depthFirst() {
    List<CategoryNode> out = new ArrayList<>(byId.size());
    walk(null, out);
    return out;
  }

  /** The category and its ancestors, top-level first. */
  public List<CategoryNode> lineage(long id) {
    List<CategoryNode> line = new ArrayList<>();
    for (CategoryNode node = byId.get(id); node != null; node = parentOf(node)) {
      line.add(0, node);
      if (line.size() > byId.size()) {
        throw new IllegalStateException("Cycle in the category tree at " + id);
      }
    }
    return line;
  }

  /** The URL path of a category, with a slash at each end: {@code /world-news/asia/}. */
  public String path(long id) {
    String path = paths.get(id);
    if (path == null) {
      throw new TaxonomyException("There is no section " + id);
    }
    return path;
  }

  public Optional<CategoryNode> at(List<String> slugs) {
    Long parent = null;
    CategoryNode found = null;
    for (String slug : slugs) {
      found = null;
      for (CategoryNode child : childrenByParent.getOrDefault(key(parent), List.of())) {
        if (child.slug().equals(slug)) {
          found = child;
          break;
        }
      }
      if (found == null) {
        return Optional.empty();
      }
      parent = found.id();
    }
    return Optional.ofNullable(found);
  }

  public Optional<CategoryNode> fallback() {
    return byId.values().stream().filter(CategoryNode::fallback).findFirst();
  }

  /** Whether {@code candidate} is {@code ancestor} itself or lies below it. */
  public boolean isWithin(long candidate, long ancestor) {
    return lineage(candidate).stream().anyMatch(n -> n.id() == ancestor);
  }

  /** All ids in the subtree of a category, itself included. */
  public List<Long> subtree(long id) {
    List<CategoryNode> out = new ArrayList<>();
    out.add(get(id));
    walk(id, out);
    return out.stream().map(CategoryNode::id).toList();
  }

  public int size() {
    return byId.size();
  }

  // ---- rules ----

  /** Checks a new category's name and slug under a parent; returns the slug to use. */
  public String checkCreate(Long parentId, String name, String slug) {
    if (parentId != null) {
      get(parentId);
    }
    String wanted = checkName(name, slug);
    checkTopLevel(parentId, wanted);
    checkSiblingSlug(parentId, wanted, null);
    return wanted;
  }

  /** Checks a rename; returns the slug to use. */
  public String checkRename(long id, String name, String slug) {
    CategoryNode node = get(id);
    String wanted = checkName(name, slug);
    checkTopLevel(node.parentId(), wanted);
    checkSiblingSlug(node.parentId(), wanted, id);
    return wanted;
  }

  /** Checks that a category may move under a new parent ({@code null}: top level). */
  public void checkMove(long id, Long newParentId) {
    CategoryNode node = get(id);
    if (newParentId != null) {
      get(newParentId);
      if (isWithin(newParentId, id)) {
        throw new TaxonomyException(
            "\"" + node.name() + "\" cannot move under itself or one of its own subsections.");
      }
    }
    checkTopLevel(newParentId, node.slug());
    checkSiblingSlug(newParentId, node.slug(), id);
  }

  /** Checks that {@code source} may be merged into {@code target}. */
  public void checkMerge(long source, long target) {
    CategoryNode from = get(source);
    CategoryNode into = get(target);
    if (source == target) {
      throw new TaxonomyException("A section cannot be merged into itself.");
    }
    if (from.fallback()) {
      throw new TaxonomyException(
          "\"" + from.name() + "\" takes articles without a section and cannot be merged away.");
    }
    if (isWithin(target, source)) {
      throw new TaxonomyException(
          "\""
              + from.name()
              + "\" cannot be merged into its own subsection \""
              + into.name()
              + "\".");
    }
  }

  /** Checks that a category may be deleted. */
  public void checkDelete(long id) {
    CategoryNode node = get(id);
    if (node.fallback()) {
      throw new TaxonomyException(
          "\"" + node.name() + "\" takes articles without a section and cannot be deleted.");
    }
  }

  /** Where a deleted category's articles go: its parent, or the fallback section. */
  public long heirOf(long id) {
    CategoryNode node = get(id);
    if (node.parentId() != null) {
      return node.parentId();
    }
    return fallback().orElseThrow(() -> new TaxonomyException("No fallback section")).id();
  }

  private static String checkName(String name, String slug) {
    if (name == null || name.isBlank()) {
      throw new TaxonomyException("A section needs a name.");
    }
    String wanted = slug == null || slug.isBlank() ? Slugs.of(name) : slug.strip();
    if (!Slugs.isValid(wanted)) {
      throw new TaxonomyException(
          "\"" + wanted + "\" is not a valid slug: use lower-case letters, digits and hyphens.");
    }
    if (RESERVED.contains(wanted)) {
      throw new TaxonomyException(
          "\"" + wanted + "\" is reserved for the site's own pages; choose another slug.");
    }
    return wanted;
  }

  private static void checkTopLevel(Long parentId, String slug) {
    if (parentId == null && RESERVED_AT_TOP.contains(slug)) {
      throw new TaxonomyException(
          "\""
              + slug
              + "\" is an address the site itself uses; a top-level section needs another slug.");
    }
  }

  private void checkSiblingSlug(Long parentId, String slug, Long self) {
    for (CategoryNode sibling : children(parentId)) {
      if (sibling.slug().equals(slug) && !Objects.equals(sibling.id(), self)) {
        throw new TaxonomyException(
            "\"" + sibling.name() + "\" already uses the address \"" + slug + "\" at that level.");
      }
    }
  }

  private CategoryNode parentOf(CategoryNode node) {
    return node.parentId() == null ? null : byId.get(node.parentId());
  }

  private void walk(Long parent, List<CategoryNode> out) {
    for (CategoryNode child : childrenByParent.getOrDefault(key(parent), List.of())) {
      out.add(child);
      walk(child.id(), out);
    }
  }

  private String computePath(CategoryNode node) {
    StringBuilder path = new StringBuilder("/");
    for (CategoryNode step : lineage(node.id())) {
      path.append(step.slug()).append('/');
    }
    return path.toString();
  }

  private static long key(Long parentId) {
    return parentId == null ? 0L : parentId;
  }
}

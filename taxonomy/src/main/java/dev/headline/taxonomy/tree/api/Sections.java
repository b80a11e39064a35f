package dev.headline.taxonomy.tree.api;

import dev.headline.core.content.domain.Slugs;
import dev.headline.taxonomy.archive.ArchiveIndex;
import dev.headline.taxonomy.tree.domain.CategoryNode;
import dev.headline.taxonomy.tree.domain.CategoryTree;
import dev.headline.taxonomy.tree.domain.TaxonomyException;
import dev.headline.taxonomy.tree.infrastructure.CategoryStore;
import dev.headline.taxonomy.tree.infrastructure.FiledArticlesQuery;
import dev.headline.taxonomy.tree.infrastructure.InMemoryTaxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The taxonomy's operations, for the newsroom: create, rename, move, merge and delete sections,
 * file articles under them and tag them. Each operation checks the tree's rules first ({@link
 * CategoryTree}), keeps the old URLs answering with a redirect, refiles the articles it affects,
 * and announces {@link TaxonomyChanged}.
 *
 * <pre>{@code
 * @Inject Sections sections;
 *
 * long asia = sections.create(worldNewsId, "Asia", null, "News from Asia");
 * sections.file(articleId, asia, List.of(), List.of("Elections", "Japan"));
 * }</pre>
 */
@ApplicationScoped
@Transactional
public class Sections {

  @Inject CategoryStore store;
  @Inject InMemoryTaxonomy taxonomy;
  @Inject ArchiveIndex archive;
  @Inject Event<TaxonomyChanged> changed;

  /**
   * Creates a section.
   *
   * @param parentId the parent section, {@code null} for a top-level one
   * @param slug the address segment; {@code null} or blank makes one from the name
   * @return the new section's id
   */
  public long create(Long parentId, String name, String slug, String description) {
    CategoryTree tree = currentTree();
    String checked = tree.checkCreate(parentId, name, slug);
    int position =
        tree.children(parentId).stream().mapToInt(CategoryNode::position).max().orElse(-1) + 1;
    long id = store.nextId();
    store.insert(
        new CategoryNode(id, parentId, checked, name.strip(), description, position, null, false));
    store.forgetPaths(List.of((parentId == null ? "/" : tree.path(parentId)) + checked + "/"));
    announce("created " + checked, true, null);
    return id;
  }

  /**
   * Renames a section; a new slug changes its URL and its subsections', and the old ones redirect.
   */
  public void rename(long id, String name, String slug) {
    CategoryTree before = currentTree();
    String checked = before.checkRename(id, name, slug);
    CategoryNode node = before.get(id).renamed(name.strip(), checked);
    store.save(node);
    rememberMovedPaths(before, replace(before, node), id);
    announce("renamed " + id, true, null);
  }

  /**
   * Moves a section under another (or to the top level) at a position among its new siblings; the
   * sections after it shift down.
   */
  public void move(long id, Long newParentId, int position) {
    CategoryTree before = currentTree();
    before.checkMove(id, newParentId);
    List<CategoryNode> siblings = new ArrayList<>(before.children(newParentId));
    siblings.removeIf(n -> n.id() == id);
    int at = Math.max(0, Math.min(position, siblings.size()));
    siblings.add(at, before.get(id));
    List<CategoryNode> updated = new ArrayList<>();
    for (int i = 0; i < siblings.size(); i++) {
      CategoryNode moved = siblings.get(i).withParent(newParentId, i);
      store.save(moved);
      updated.add(moved);
    }
    CategoryTree after = before;
    for (CategoryNode node : updated) {
      after = replace(after, node);
    }
    rememberMovedPaths(before, after, id);
    refile(before.subtree(id), after);
    announce("moved " + id + " under " + newParentId, true, null);
  }

  /**
   * Merges {@code source} into {@code target}: its articles are refiled under the target, its
   * subsections move under the target, and its URL redirects to the target's.
   */
  public void merge(long source, long target) {
    CategoryTree before = currentTree();
    before.checkMerge(source, target);
    for (CategoryNode child : before.children(source)) {
      before.checkMove(child.id(), target);
    }
    List<Long> affected = store.articlesIn(before.subtree(source));
    Map<Long, Long> replacements = Map.of(source, target);
    CategoryTree after = before;
    int position = before.children(target).size();
    for (CategoryNode child : before.children(source)) {
      CategoryNode moved = child.withParent(target, position++);
      store.save(moved);
      after = replace(after, moved);
    }
    rememberMovedPaths(before, after, source);
    Map<String, Long> redirects = new HashMap<>();
    redirects.put(before.path(source), target);
    store.rememberPaths(redirects);
    refile(affected, withoutNode(after, source), replacements);
    store.delete(source);
    announce("merged " + source + " into " + target, true, null);
  }

  /**
   * Deletes a section: its articles move to its parent (or to the fallback section for a top-level
   * one), its subsections move up a level, and its URL redirects to where its articles went.
   */
  public void delete(long id) {
    CategoryTree before = currentTree();
    before.checkDelete(id);
    long heir = before.heirOf(id);
    CategoryNode node = before.get(id);
    CategoryTree after = before;
    int position = before.children(node.parentId()).size();
    for (CategoryNode child : before.children(id)) {
      after.checkMove(child.id(), node.parentId());
      CategoryNode moved = child.withParent(node.parentId(), position++);
      store.save(moved);
      after = replace(after, moved);
    }
    rememberMovedPaths(before, after, id);
    List<Long> affected = store.articlesIn(List.of(id));
    refile(affected, withoutNode(after, id), Map.of(id, heir));
    store.rememberPaths(Map.of(before.path(id), heir));
    store.delete(id);
    announce("deleted " + id, true, null);
  }

  /**
   * Files an article: one primary section (the fallback section when {@code null}) and any
   * secondary ones, plus tags by name. Replaces the article's previous filing.
   */
  public void file(
      long articleId, Long primaryId, Collection<Long> secondaryIds, Collection<String> tags) {
    CategoryTree tree = currentTree();
    long primary = primaryId != null ? tree.get(primaryId).id() : fallbackId(tree);
    secondaryIds.forEach(tree::get);
    var publishedAt = archive.publishedAt(articleId);
    store.file(articleId, links(tree, primary, secondaryIds), publishedAt.orElse(null));
    Set<Long> tagIds = new LinkedHashSet<>();
    for (String name : tags) {
      String slug = Slugs.of(name);
      if (!slug.isEmpty()) {
        tagIds.add(store.tagId(slug, name.strip()));
      }
    }
    store.tagArticle(articleId, tagIds, publishedAt.orElse(null));
    archive.markAllDirty();
    announce("filed " + articleId, false, articleId);
  }

  /**
   * The sections an article is filed in by hand: its primary section first, then its secondary ones
   * (ancestors added by filing are left out). Empty for an article never filed.
   */
  public List<Long> filing(long articleId) {
    return store.directCategories(articleId);
  }

  /** The names of the site's menus (for example {@code main} and {@code top}), sorted. */
  public List<String> menuNames() {
    return taxonomy.menuNames();
  }

  /** Whether a menu follows an arrangement made here rather than configuration. */
  public boolean menuArranged(String name) {
    return taxonomy.menuArranged(name);
  }

  /**
   * Arranges a menu: these top-level sections, in this order, from now on instead of what
   * configuration ({@code headline.taxonomy.menu.<name>}) says. An empty list empties the menu.
   *
   * @throws TaxonomyException for an unknown menu, a section that is not top-level, or one named
   *     twice
   */
  public void arrangeMenu(String name, List<Long> sectionIds) {
    if (!taxonomy.menuNames().contains(name)) {
      throw new TaxonomyException("There is no menu called " + name + ".");
    }
    CategoryTree tree = currentTree();
    Set<Long> seen = new LinkedHashSet<>();
    for (Long id : sectionIds) {
      CategoryNode node = tree.find(id).orElse(null);
      if (node == null || node.parentId() != null) {
        throw new TaxonomyException("Menus hold top-level sections only.");
      }
      if (!seen.add(id)) {
        throw new TaxonomyException("A section is in the menu twice.");
      }
    }
    store.saveMenu(name, List.copyOf(seen));
    announce("arranged menu " + name, true, null);
  }

  /** Drops a menu's arrangement: it follows configuration again. */
  public void followConfiguration(String name) {
    store.deleteMenu(name);
    announce("menu " + name + " from configuration", true, null);
  }

  /**
   * A page of the newsroom's article list restricted to a section and its subsections, most
   * recently changed first. The other filters mean what core's newsroom list makes of them.
   *
   * <pre>{@code
   * Sections.Filed page = sections.filedUnder(worldId, "DRAFT", null, null, 0, 20);
   * List<Article> shown = articles.findAll(page.articleIds());
   * }</pre>
   *
   * @param sectionId the section; an unknown one has no articles
   * @param status a status name, or null for any
   * @param text only titles or slugs containing this (any case), or null
   * @param createdBy only this creator's articles, or null for everyone's
   * @param offset how many to skip
   * @param limit at most this many
   */
  public Filed filedUnder(
      long sectionId, String status, String text, String createdBy, int offset, int limit) {
    FiledArticlesQuery query =
        new FiledArticlesQuery(sectionId, status, blankToNull(text), createdBy);
    List<Object> values = query.parameters();
    long total = store.query(query.countSql(), ps -> bind(ps, values), rs -> rs.getLong(1)).get(0);
    List<Long> ids =
        total == 0
            ? List.of()
            : store.query(
                query.pageSql(),
                ps -> {
                  bind(ps, values);
                  ps.setInt(values.size() + 1, Math.max(0, offset));
                  ps.setInt(values.size() + 2, limit);
                },
                rs -> rs.getLong(1));
    return new Filed(ids, total);
  }

  /**
   * The ids of every article filed in a section or anywhere under it, in any status (for example to
   * rank a section's articles).
   */
  public List<Long> articleIdsUnder(long sectionId) {
    return store.query(
        "select article_id from article_category where category_id = ?",
        ps -> ps.setLong(1, sectionId),
        rs -> rs.getLong(1));
  }

  /**
   * One page of {@link #filedUnder}.
   *
   * @param articleIds the page's article ids, in list order
   * @param total how many articles match in all
   */
  public record Filed(List<Long> articleIds, long total) {
    public Filed {
      articleIds = List.copyOf(articleIds);
    }
  }

  private static void bind(java.sql.PreparedStatement ps, List<Object> values)
      throws java.sql.SQLException {
    for (int i = 0; i < values.size(); i++) {
      ps.setObject(i + 1, values.get(i));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  // ---- helpers ----

  private CategoryTree currentTree() {
    return CategoryTree.of(store.loadAll());
  }

  private long fallbackId(CategoryTree tree) {
    return tree.fallback().orElseThrow(() -> new TaxonomyException("No fallback section")).id();
  }

  /** Primary, secondary and every ancestor of either, with the strongest kind winning. */
  private static Map<Long, Character> links(
      CategoryTree tree, long primary, Collection<Long> secondary) {
    Map<Long, Character> links = new LinkedHashMap<>();
    links.put(primary, 'P');
    for (Long id : secondary) {
      links.putIfAbsent(id, 'S');
    }
    for (Long direct : new ArrayList<>(links.keySet())) {
      for (CategoryNode ancestor : tree.lineage(direct)) {
        links.putIfAbsent(ancestor.id(), 'A');
      }
    }
    return links;
  }

  private void refile(Collection<Long> categoryIds, CategoryTree after) {
    refile(store.articlesIn(categoryIds), after, Map.of());
  }

  private void refile(List<Long> articleIds, CategoryTree after, Map<Long, Long> replacements) {
    for (long articleId : articleIds) {
      List<Long> direct = store.directCategories(articleId);
      if (direct.isEmpty()) {
        continue;
      }
      long primary = replacements.getOrDefault(direct.get(0), direct.get(0));
      List<Long> secondary =
          direct.subList(1, direct.size()).stream()
              .map(id -> replacements.getOrDefault(id, id))
              .filter(id -> id != primary)
              .distinct()
              .toList();
      store.file(
          articleId, links(after, primary, secondary), archive.publishedAt(articleId).orElse(null));
    }
    archive.markAllDirty();
  }

  private void rememberMovedPaths(CategoryTree before, CategoryTree after, long root) {
    Map<String, Long> old = new HashMap<>();
    for (long id : before.subtree(root)) {
      if (after.find(id).isPresent() && !before.path(id).equals(after.path(id))) {
        old.put(before.path(id), id);
      }
    }
    store.rememberPaths(old);
    store.forgetPaths(after.depthFirst().stream().map(n -> after.path(n.id())).toList());
  }

  private void announce(String what, boolean treeChanged, Long articleId) {
    changed.fire(new TaxonomyChanged(what, treeChanged, articleId));
  }

  private static CategoryTree replace(CategoryTree tree, CategoryNode node) {
    List<CategoryNode> nodes = new ArrayList<>(tree.depthFirst());
    nodes.replaceAll(n -> n.id() == node.id() ? node : n);
    return CategoryTree.of(nodes);
  }

  private static CategoryTree withoutNode(CategoryTree tree, long id) {
    List<CategoryNode> nodes = new ArrayList<>(tree.depthFirst());
    nodes.removeIf(n -> n.id() == id);
    return CategoryTree.of(nodes);
  }
}

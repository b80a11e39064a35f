package dev.headline.taxonomy.tree.infrastructure;

import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.taxonomy.archive.ArchiveIndex;
import dev.headline.taxonomy.related.RelatedArticles;
import dev.headline.taxonomy.tree.api.TaxonomyChanged;
import dev.headline.taxonomy.tree.domain.CategoryNode;
import dev.headline.taxonomy.tree.domain.CategoryTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Core's {@link Taxonomy}, answered from memory: the whole tree, its paths and menus, and every
 * article's primary section are loaded once and replaced on {@link TaxonomyChanged}. A reader's
 * request never queries the database for menus, breadcrumbs or URLs.
 */
@ApplicationScoped
public class InMemoryTaxonomy implements Taxonomy {

  /** Before the database is ready, or if the fallback section was lost. */
  private static final Section PLACEHOLDER =
      new Section(
          0,
          null,
          DefaultSections.FALLBACK,
          "Uncategorized",
          null,
          null,
          "/uncategorized/",
          List.of());

  private record Snapshot(
      CategoryTree tree,
      Map<Long, Section> sections,
      Map<String, Long> history,
      Map<String, List<Long>> menus) {}

  /** Where configuration names a menu's sections: {@code headline.taxonomy.menu.<name>}. */
  static final String MENU_PREFIX = "headline.taxonomy.menu.";

  @Inject CategoryStore store;
  @Inject ArchiveIndex archives;
  @Inject RelatedArticles related;
  @Inject Config config;

  private volatile Snapshot snapshot =
      new Snapshot(CategoryTree.of(List.of()), Map.of(), Map.of(), Map.of());
  private final Map<Long, Long> primaries = new ConcurrentHashMap<>();

  /** Reloads everything: at startup and after changes to the tree. */
  public void reload() {
    CategoryTree tree = CategoryTree.of(store.loadAll());
    Map<Long, Section> sections = new HashMap<>();
    for (CategoryNode node : tree.depthFirst()) {
      sections.put(
          node.id(),
          new Section(
              node.id(),
              node.parentId(),
              node.slug(),
              node.name(),
              node.description(),
              node.accentColour(),
              tree.path(node.id()),
              tree.children(node.id()).stream().map(CategoryNode::id).toList()));
    }
    Map<String, List<Long>> menus = new HashMap<>();
    store.menus().forEach((name, ids) -> menus.put(name, List.copyOf(ids)));
    snapshot =
        new Snapshot(
            tree, Map.copyOf(sections), Map.copyOf(store.pathHistory()), Map.copyOf(menus));
    Map<Long, Long> loaded = store.primaries();
    primaries.keySet().retainAll(loaded.keySet());
    primaries.putAll(loaded);
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaxonomyChanged change) {
    if (change.treeChanged() || change.articleId() == null) {
      reload();
    } else {
      List<Long> direct = store.directCategories(change.articleId());
      if (direct.isEmpty()) {
        primaries.remove(change.articleId());
      } else {
        primaries.put(change.articleId(), direct.get(0));
      }
    }
  }

  /** The tree as it is now, for the operations' checks. */
  public CategoryTree tree() {
    return snapshot.tree();
  }

  @Override
  public List<Section> roots() {
    return sectionsOf(snapshot.tree().roots());
  }

  @Override
  public Optional<Section> section(long id) {
    return Optional.ofNullable(snapshot.sections().get(id));
  }

  @Override
  public Optional<Section> sectionAt(List<String> slugs) {
    return snapshot.tree().at(slugs).map(node -> snapshot.sections().get(node.id()));
  }

  @Override
  public List<Section> children(long sectionId) {
    return sectionsOf(snapshot.tree().children(sectionId));
  }

  @Override
  public List<Section> all() {
    return sectionsOf(snapshot.tree().depthFirst());
  }

  @Override
  public List<Section> breadcrumb(long sectionId) {
    if (snapshot.tree().find(sectionId).isEmpty()) {
      return List.of();
    }
    return sectionsOf(snapshot.tree().lineage(sectionId));
  }

  /**
   * A menu's sections in order: as arranged in the newsroom when it was (see {@link
   * dev.headline.taxonomy.tree.api.Sections#arrangeMenu}), else as configuration names them.
   */
  @Override
  public List<Section> menu(String name) {
    List<Long> arranged = snapshot.menus().get(name);
    if (arranged != null) {
      return arranged.stream().map(snapshot.sections()::get).filter(s -> s != null).toList();
    }
    return configuredMenu(name);
  }

  /** Whether a menu follows an arrangement made in the newsroom rather than configuration. */
  public boolean menuArranged(String name) {
    return snapshot.menus().containsKey(name);
  }

  /** Every menu's name: those configuration names and those arranged in the newsroom, sorted. */
  public List<String> menuNames() {
    Set<String> names = new TreeSet<>(snapshot.menus().keySet());
    for (String property : config.getPropertyNames()) {
      if (property.startsWith(MENU_PREFIX) && property.length() > MENU_PREFIX.length()) {
        names.add(property.substring(MENU_PREFIX.length()));
      }
    }
    return List.copyOf(names);
  }

  private List<Section> configuredMenu(String name) {
    String slugs = config.getOptionalValue(MENU_PREFIX + name, String.class).orElse("");
    List<Section> menu = new ArrayList<>();
    for (String slug :
        Arrays.stream(slugs.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
      sectionAt(List.of(slug)).ifPresent(menu::add);
    }
    return menu;
  }

  @Override
  public Section primarySectionOf(long articleId) {
    Long id = primaries.get(articleId);
    Section section = id == null ? null : snapshot.sections().get(id);
    return section != null ? section : fallback();
  }

  /** Read from the database (the filing is not kept in memory): for writers, not readers. */
  @Override
  public List<Section> sectionsOf(long articleId) {
    List<Section> sections = new ArrayList<>();
    sections.add(primarySectionOf(articleId));
    for (long id : store.directCategories(articleId)) {
      Section section = snapshot.sections().get(id);
      if (section != null && !sections.contains(section)) {
        sections.add(section);
      }
    }
    return sections;
  }

  /** The section that takes articles without one. */
  public Section fallback() {
    return snapshot
        .tree()
        .fallback()
        .map(node -> snapshot.sections().get(node.id()))
        .orElse(PLACEHOLDER);
  }

  @Override
  public Optional<Section> formerlyAt(String path) {
    Long id = snapshot.history().get(path);
    return id == null ? Optional.empty() : section(id);
  }

  @Override
  public Optional<Long> articleFormerlyAt(String slug) {
    return store.articleForOldSlug(slug);
  }

  @Override
  public ArchivePage archive(long sectionId, int page, int size) {
    return new ArchivePage(
        archives.categoryPage(sectionId, page, size), archives.categorySize(sectionId));
  }

  @Override
  public Optional<Tag> tag(String slug) {
    return store.tag(slug).map(t -> new Tag(Long.parseLong(t[0]), slug, t[1], tagPath(slug)));
  }

  @Override
  public ArchivePage tagArchive(long tagId, int page, int size) {
    return new ArchivePage(archives.tagPage(tagId, page, size), archives.tagSize(tagId));
  }

  @Override
  public List<Tag> tagsOf(long articleId) {
    return store.tagsOf(articleId).stream()
        .map(t -> new Tag(Long.parseLong(t[0]), t[1], t[2], tagPath(t[1])))
        .toList();
  }

  @Override
  public List<Long> related(long articleId, int limit) {
    return related.of(articleId, limit);
  }

  private static String tagPath(String slug) {
    return "/tag/" + slug + "/";
  }

  private List<Section> sectionsOf(List<CategoryNode> nodes) {
    return nodes.stream().map(n -> snapshot.sections().get(n.id())).toList();
  }
}

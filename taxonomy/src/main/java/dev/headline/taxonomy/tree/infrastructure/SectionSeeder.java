package dev.headline.taxonomy.tree.infrastructure;

import dev.headline.core.data.DatabaseReady;
import dev.headline.core.spi.SectionContributor;
import dev.headline.core.spi.SectionContributor.Seed;
import dev.headline.taxonomy.tree.domain.CategoryNode;
import dev.headline.taxonomy.tree.domain.CategoryTree;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plants what {@link SectionContributor}s declare, once: a seed key ({@code contributor:path}) is
 * remembered when planted, so a restart never duplicates a section and a section the editors
 * renamed, moved or deleted stays as they left it. A contributor that throws is logged and skipped;
 * the others are still planted. Runs before anything else that needs sections at startup.
 */
@ApplicationScoped
public class SectionSeeder {

  private static final Logger LOG = Logger.getLogger(SectionSeeder.class.getName());

  @Inject @Any Instance<SectionContributor> contributors;
  @Inject CategoryStore store;
  @Inject InMemoryTaxonomy taxonomy;

  @Transactional
  public void seed(@Observes @Priority(100) DatabaseReady ready) {
    // A contributor may hang its sections under another's ("business-finance/markets"), and
    // contributors come in no particular order: plant in passes until a pass plants nothing new.
    List<Object[]> pending = new java.util.ArrayList<>();
    for (SectionContributor contributor : contributors) {
      try {
        for (Seed seed : contributor.sections()) {
          pending.add(new Object[] {contributor.id(), seed});
        }
      } catch (RuntimeException e) {
        LOG.log(
            Level.SEVERE,
            "Section contributor " + contributor.getClass().getName() + " failed; skipped",
            e);
      }
    }
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        Object[] entry = it.next();
        Seed seed = (Seed) entry[1];
        if (plant((String) entry[0], seed, seed.parentPath())) {
          it.remove();
          progress = true;
        }
      }
    }
    for (Object[] entry : pending) {
      Seed seed = (Seed) entry[1];
      LOG.warning(
          () ->
              "Section "
                  + entry[0]
                  + ":"
                  + seed.slug()
                  + " skipped: no section at "
                  + seed.parentPath());
    }
    taxonomy.reload();
  }

  /** Plants a seed and its children; {@code false} when its parent is not there (yet). */
  private boolean plant(String contributor, Seed seed, String parentPath) {
    String path = parentPath.isEmpty() ? seed.slug() : parentPath + "/" + seed.slug();
    String key = contributor + ":" + path;
    CategoryTree tree = CategoryTree.of(store.loadAll());
    List<String> parentSlugs =
        parentPath.isEmpty() ? List.of() : Arrays.asList(parentPath.split("/"));
    Long parentId =
        parentSlugs.isEmpty() ? null : tree.at(parentSlugs).map(CategoryNode::id).orElse(null);
    if (!parentSlugs.isEmpty() && parentId == null) {
      return false;
    }
    if (!store.seeded(key)) {
      var existing = tree.at(append(parentSlugs, seed.slug()));
      long id;
      if (existing.isPresent()) {
        id = existing.get().id();
      } else {
        id = store.nextId();
        int position = tree.children(parentId).size();
        boolean fallback = parentId == null && DefaultSections.FALLBACK.equals(seed.slug());
        store.insert(
            new CategoryNode(
                id,
                parentId,
                tree.checkCreate(parentId, seed.name(), seed.slug()),
                seed.name(),
                seed.description(),
                position,
                null,
                fallback));
      }
      store.rememberSeed(key, id);
    }
    for (Seed child : seed.children()) {
      plant(contributor, child, path);
    }
    return true;
  }

  private static List<String> append(List<String> slugs, String slug) {
    var all = new java.util.ArrayList<>(slugs);
    all.add(slug);
    return all;
  }
}

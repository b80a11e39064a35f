package dev.headline.taxonomy.tree.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

  private static final long WORLD = 1, ASIA = 2, EUROPE = 3, JAPAN = 4, SPORTS = 5, NONE = 9;

  private final CategoryTree tree =
      CategoryTree.of(
          List.of(
              node(WORLD, null, "world-news", "World News", 0),
              node(ASIA, WORLD, "asia", "Asia", 1),
              node(EUROPE, WORLD, "europe", "Europe", 0),
              node(JAPAN, ASIA, "japan", "Japan", 0),
              node(SPORTS, null, "sports", "Sports", 1),
              new CategoryNode(NONE, null, "uncategorized", "Uncategorized", null, 2, null, true)));

  @Test
  void pathsFollowTheTree() {
    assertEquals("/world-news/asia/japan/", tree.path(JAPAN));
    assertEquals(JAPAN, tree.at(List.of("world-news", "asia", "japan")).orElseThrow().id());
    assertTrue(tree.at(List.of("asia")).isEmpty());
  }

  @Test
  void childrenAreInMenuOrder() {
    assertEquals(
        List.of(EUROPE, ASIA), tree.children(WORLD).stream().map(CategoryNode::id).toList());
    assertEquals(
        List.of(WORLD, EUROPE, ASIA, JAPAN, SPORTS, NONE),
        tree.depthFirst().stream().map(CategoryNode::id).toList());
  }

  @Test
  void lineageGoesFromTheTopDown() {
    assertEquals(
        List.of(WORLD, ASIA, JAPAN), tree.lineage(JAPAN).stream().map(CategoryNode::id).toList());
    assertEquals(List.of(ASIA, JAPAN), tree.subtree(ASIA));
  }

  @Test
  void movingUnderItselfOrADescendantIsRefused() {
    var e = assertThrows(TaxonomyException.class, () -> tree.checkMove(WORLD, JAPAN));
    assertTrue(e.getMessage().contains("cannot move under itself"), e.getMessage());
    assertThrows(TaxonomyException.class, () -> tree.checkMove(ASIA, ASIA));
    tree.checkMove(JAPAN, SPORTS);
  }

  @Test
  void siblingsCannotShareASlug() {
    var e = assertThrows(TaxonomyException.class, () -> tree.checkCreate(WORLD, "Asia", null));
    assertTrue(e.getMessage().contains("already uses"), e.getMessage());
    assertEquals("asia", tree.checkCreate(SPORTS, "Asia", null), "another level is fine");
    assertThrows(TaxonomyException.class, () -> tree.checkRename(EUROPE, "Asia", null));
  }

  @Test
  void theFallbackSectionCannotBeDeletedOrMergedAway() {
    assertThrows(TaxonomyException.class, () -> tree.checkDelete(NONE));
    assertThrows(TaxonomyException.class, () -> tree.checkMerge(NONE, WORLD));
    tree.checkDelete(ASIA);
  }

  @Test
  void mergingIntoItsOwnSubsectionIsRefused() {
    assertThrows(TaxonomyException.class, () -> tree.checkMerge(WORLD, JAPAN));
    assertThrows(TaxonomyException.class, () -> tree.checkMerge(ASIA, ASIA));
    tree.checkMerge(JAPAN, EUROPE);
  }

  @Test
  void namesAndSlugsAreChecked() {
    assertThrows(TaxonomyException.class, () -> tree.checkCreate(null, " ", null));
    assertThrows(TaxonomyException.class, () -> tree.checkCreate(null, "Bad", "Not A Slug"));
    assertThrows(TaxonomyException.class, () -> tree.checkCreate(WORLD, "Page", null));
    assertThrows(TaxonomyException.class, () -> tree.checkCreate(null, "Health", null));
    assertEquals("health", tree.checkCreate(WORLD, "Health", null), "reserved only at the top");
    assertEquals("cote-d-ivoire", tree.checkCreate(WORLD, "Côte d Ivoire", null));
  }

  @Test
  void deletedArticlesGoToTheParentOrTheFallback() {
    assertEquals(WORLD, tree.heirOf(ASIA));
    assertEquals(NONE, tree.heirOf(SPORTS));
  }

  private static CategoryNode node(long id, Long parent, String slug, String name, int position) {
    return new CategoryNode(id, parent, slug, name, null, position, null, false);
  }
}

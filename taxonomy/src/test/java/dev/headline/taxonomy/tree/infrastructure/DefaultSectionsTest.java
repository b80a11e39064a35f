package dev.headline.taxonomy.tree.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.core.content.domain.Slugs;
import dev.headline.core.spi.SectionContributor.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultSectionsTest {

  @Test
  void theDefaultTreeIsTheReferenceSitesTree() {
    DefaultSections sections = new DefaultSections();
    sections.enabled = true;
    List<Seed> roots = sections.sections();
    assertEquals(12, roots.size(), "eleven sections and Uncategorized");
    assertEquals("World News", roots.get(0).name());
    assertEquals(
        List.of("Us & Canada", "Europe", "Asia", "Africa", "Middle East"),
        roots.get(0).children().stream().map(Seed::name).toList());
    assertEquals(DefaultSections.FALLBACK, roots.get(11).slug());
    for (Seed root : roots.subList(0, 11)) {
      int children = root.children().size();
      assertTrue(children >= 5 && children <= 10, root.name() + " has " + children);
    }
    roots.forEach(DefaultSectionsTest::assertValidSlugs);
  }

  @Test
  void indentationMakesTheTree() {
    List<Seed> seeds =
        DefaultSections.parse(
            List.of("# comment", "a | A | first", "  b | B", "    c | C", "  d | D", "e | E"));
    assertEquals(2, seeds.size());
    assertEquals("first", seeds.get(0).description());
    assertEquals(List.of("b", "d"), seeds.get(0).children().stream().map(Seed::slug).toList());
    assertEquals("c", seeds.get(0).children().get(0).children().get(0).slug());
    assertThrows(IllegalArgumentException.class, () -> DefaultSections.parse(List.of(" x | X")));
  }

  @Test
  void disabledLeavesOnlyTheFallback() {
    DefaultSections sections = new DefaultSections();
    sections.enabled = false;
    assertEquals(
        List.of(DefaultSections.FALLBACK), sections.sections().stream().map(Seed::slug).toList());
  }

  private static void assertValidSlugs(Seed seed) {
    assertTrue(Slugs.isValid(seed.slug()), seed.slug());
    seed.children().forEach(DefaultSectionsTest::assertValidSlugs);
  }
}

package dev.headline.core.spi;

import java.util.List;

/**
 * Contributes a subtree of sections at startup. The taxonomy seeds what a contributor declares the
 * first time it sees it and never again: after that, the sections belong to the editors, who may
 * rename, move or delete them, and a restart does not bring a deleted section back.
 *
 * <p>The default news tree is itself a contributor. A plugin adds its section like this:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class MarketsSections implements SectionContributor {
 *   public String id() { return "markets"; }
 *
 *   public List<Seed> sections() {
 *     return List.of(new Seed("business-finance", "markets", "Markets", "Indices, rates, quotes",
 *         List.of(Seed.leaf("indices", "Indices"), Seed.leaf("currencies", "Currencies"))));
 *   }
 * }
 * }</pre>
 */
public interface SectionContributor {

  /** A stable name of the contributor; with a section's path it makes the section's seed key. */
  String id();

  /** The sections to seed. */
  List<Seed> sections();

  /**
   * A section to seed and its subsections.
   *
   * @param parentPath the slugs path of an existing section to hang it under ("business-finance"),
   *     or the empty string for a top-level section
   * @param slug the URL segment
   * @param name the display name
   * @param description a line for the archive page, may be {@code null}
   * @param children subsections, seeded under this one
   */
  record Seed(
      String parentPath, String slug, String name, String description, List<Seed> children) {

    public Seed {
      children = List.copyOf(children);
    }

    /** A subsection without children or description. */
    public static Seed leaf(String slug, String name) {
      return new Seed("", slug, name, null, List.of());
    }
  }
}

package dev.headline.core.author.domain;

import dev.headline.core.content.domain.Slugs;
import java.util.function.Predicate;

/**
 * The address segment of a new byline ({@code /author/<slug>/}): made from the name as article
 * slugs are, numbered ({@code ada-lovelace-2}) when another author has it already.
 *
 * <pre>{@code
 * String slug = AuthorSlugs.forName("Ada Lovelace", s -> authors.findBySlug(s).isPresent());
 * }</pre>
 */
public final class AuthorSlugs {

  private AuthorSlugs() {}

  /**
   * A free slug for a new author.
   *
   * @param name the author's name as typed
   * @param taken whether a slug belongs to an author already
   * @throws IllegalArgumentException when the name has nothing a slug can be made of
   */
  public static String forName(String name, Predicate<String> taken) {
    String base = Slugs.of(name == null ? "" : name);
    if (base.isEmpty()) {
      throw new IllegalArgumentException("An author needs a name with letters or digits");
    }
    String slug = base;
    for (int n = 2; taken.test(slug); n++) {
      slug = Slugs.numbered(base, n);
    }
    return slug;
  }
}

package dev.headline.core.author.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorSlugsTest {

  @Test
  void aFreeNameGivesItsOwnSlug() {
    assertEquals("ada-lovelace", AuthorSlugs.forName(" Ada Lovelace ", s -> false));
  }

  @Test
  void aTakenSlugIsNumberedFromTwo() {
    Set<String> taken = Set.of("ada-lovelace", "ada-lovelace-2");
    assertEquals("ada-lovelace-3", AuthorSlugs.forName("Ada Lovelace", taken::contains));
  }

  @Test
  void aNameWithoutLettersOrDigitsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> AuthorSlugs.forName("!!! ???", s -> false));
    assertThrows(IllegalArgumentException.class, () -> AuthorSlugs.forName(null, s -> false));
  }
}

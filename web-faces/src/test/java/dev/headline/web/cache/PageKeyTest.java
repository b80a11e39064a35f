package dev.headline.web.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageKeyTest {

  @Test
  void onlyCampaignTagsAreIgnorableQueries() {
    assertTrue(PageKey.isIgnorable(null));
    assertTrue(PageKey.isIgnorable(""));
    assertTrue(PageKey.isIgnorable("utm_source=x&utm_medium=social&fbclid=abc"));
    assertTrue(PageKey.isIgnorable("GCLID=1"));
    assertFalse(PageKey.isIgnorable("q=market"));
    assertFalse(PageKey.isIgnorable("utm_source=x&page=2"));
    assertFalse(PageKey.isIgnorable("jakarta.faces.ClientWindow=1"));
  }
}

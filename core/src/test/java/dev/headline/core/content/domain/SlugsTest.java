package dev.headline.core.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void accentsAreTransliterated() {
    assertEquals("ca-demenage-a-zurich", Slugs.of("Ça déménage à Zürich!"));
    assertEquals("strasse-in-lodz-and-orebro", Slugs.of("Straße in Łódź & Örebro"));
    assertEquals("aeroskobing-faeroerne", Slugs.of("Ærøskøbing: Færøerne"));
  }

  @Test
  void punctuationCollapsesToSingleHyphens() {
    assertEquals("rates-rise-again-what-now", Slugs.of("  Rates rise -- again?! What now… "));
  }

  @Test
  void apostrophesVanish() {
    assertEquals("the-orchestras-tour", Slugs.of("The orchestra's tour"));
    assertEquals("dont-panic", Slugs.of("Don’t panic"));
  }

  @Test
  void otherScriptsAreKept() {
    assertEquals("北京新闻", Slugs.of("北京新闻"));
    assertEquals("αθήνα-σήμερα", Slugs.of("Αθήνα σήμερα"));
    assertEquals("हिंदी-समाचार", Slugs.of("हिंदी समाचार"));
  }

  @Test
  void longTitlesAreCut() {
    String slug = Slugs.of("word ".repeat(60));
    assertTrue(slug.length() <= Slugs.MAX_LENGTH);
    assertFalse(slug.endsWith("-"));
  }

  @Test
  void numberedKeepsTheLimit() {
    assertEquals("budget-2", Slugs.numbered("budget", 2));
    assertEquals(Slugs.MAX_LENGTH, Slugs.numbered("a".repeat(Slugs.MAX_LENGTH), 12).length());
  }

  @Test
  void validSlugsAreTheirOwnSlug() {
    assertTrue(Slugs.isValid("budget-2025"));
    assertFalse(Slugs.isValid("Budget 2025"));
    assertFalse(Slugs.isValid(""));
  }
}

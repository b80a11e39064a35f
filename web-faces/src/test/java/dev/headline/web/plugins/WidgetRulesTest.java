package dev.headline.web.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WidgetRulesTest {

  @Test
  void withoutSettingsEveryWidgetShowsInItsOwnOrder() {
    assertTrue(WidgetRules.NONE.shows("markets", "/sports/"));
    assertTrue(WidgetRules.NONE.shows("markets", null));
    assertEquals(50, WidgetRules.NONE.position("markets", 50));
  }

  @Test
  void theNearestSectionsSettingWinsAndTheSiteIsTheLastResort() {
    WidgetRules rules =
        new WidgetRules(
            Map.of(
                "markets",
                Map.of("", false, "/business-finance/", true, "/business-finance/crypto/", false)),
            Map.of("markets", 5));
    assertFalse(rules.shows("markets", null), "off for the site");
    assertFalse(rules.shows("markets", "/sports/football/"));
    assertTrue(rules.shows("markets", "/business-finance/"), "on for a subtree");
    assertTrue(rules.shows("markets", "/business-finance/markets/indices/"), "inherited down");
    assertFalse(rules.shows("markets", "/business-finance/crypto/"), "off again below");
    assertFalse(rules.shows("markets", "/business-finance/crypto/coins/"));
    assertTrue(rules.shows("recent-news", "/business-finance/crypto/"), "others unaffected");
    assertEquals(5, rules.position("markets", 50));
  }

  @Test
  void pathsAreNormalisedAndParentsFound() {
    assertEquals("", WidgetSettings.normalise(null));
    assertEquals("", WidgetSettings.normalise(" / "));
    assertEquals("/sports/", WidgetSettings.normalise("sports"));
    assertEquals("/sports/football/", WidgetSettings.normalise("/sports/football"));
    assertEquals("/sports/", WidgetRules.parent("/sports/football/"));
    assertEquals("/", WidgetRules.parent("/sports/"));
  }
}

package dev.headline.core.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {

  @Test
  void scriptsAndHandlersAreRemoved() {
    String clean =
        BodySanitizer.sanitize(
            "<p onclick=\"steal()\">Hi<script>alert(1)</script></p><a href=\"javascript:x()\">x</a>");
    assertFalse(clean.contains("script"));
    assertFalse(clean.contains("onclick"));
    assertFalse(clean.contains("javascript"));
    assertTrue(clean.contains("<p>Hi</p>"));
  }

  @Test
  void editorialMarkupIsKept() {
    String html =
        "<h2>Sub-heading</h2><p><strong>Bold</strong> and <em>italic</em></p>"
            + "<blockquote>Quote</blockquote><ul><li>One</li></ul>";
    assertEquals(html, BodySanitizer.sanitize(html));
  }

  @Test
  void imagesKeepTheirDescription() {
    String clean =
        BodySanitizer.sanitize(
            "<img src=\"https://example.org/a.jpg\" alt=\"A harbour\" width=\"800\">");
    assertTrue(clean.contains("src=\"https://example.org/a.jpg\""));
    assertTrue(clean.contains("alt=\"A harbour\""));
    assertTrue(clean.contains("width=\"800\""));
  }

  @Test
  void linksOpeningAWindowGetNoopener() {
    String clean =
        BodySanitizer.sanitize("<a href=\"https://example.org\" target=\"_blank\">x</a>");
    assertTrue(clean.contains("noopener"), clean);
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", BodySanitizer.sanitize(null));
  }
}

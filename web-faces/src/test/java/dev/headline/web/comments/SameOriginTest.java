package dev.headline.web.comments;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

  private static final String SITE = "https://news.example.org";

  @Test
  void fetchMetadataDecidesWhenPresent() {
    assertTrue(SameOrigin.allows("same-origin", null, null, SITE));
    assertFalse(SameOrigin.allows("cross-site", SITE, SITE + "/a", SITE), "headers cannot vouch");
    assertFalse(SameOrigin.allows("same-site", null, null, SITE), "a sibling subdomain");
    assertFalse(SameOrigin.allows("none", null, null, SITE));
  }

  @Test
  void otherwiseTheOriginMustBeTheSite() {
    assertTrue(SameOrigin.allows(null, "https://news.example.org", null, SITE));
    assertTrue(SameOrigin.allows(null, "HTTPS://News.Example.org:443", null, SITE));
    assertFalse(SameOrigin.allows(null, "https://evil.example", SITE + "/a", SITE));
    assertFalse(SameOrigin.allows(null, "http://news.example.org", null, SITE), "scheme");
    assertFalse(SameOrigin.allows(null, "https://news.example.org:8443", null, SITE), "port");
    assertFalse(SameOrigin.allows(null, "null", null, SITE), "an opaque origin");
    assertFalse(
        SameOrigin.allows(null, "https://news.example.org.evil.example", null, SITE), "suffix");
  }

  @Test
  void thenTheReferer() {
    assertTrue(SameOrigin.allows(null, null, SITE + "/world-news/asia/a-story?x=1", SITE));
    assertTrue(SameOrigin.allows(null, null, "http://localhost:8080/a", "http://localhost:8080"));
    assertFalse(SameOrigin.allows(null, null, "https://evil.example/news.example.org", SITE));
    assertFalse(SameOrigin.allows(null, null, "/relative", SITE));
    assertFalse(SameOrigin.allows(null, null, "not a url at all", SITE));
  }

  @Test
  void aRequestWithoutAnyOfThemIsRefused() {
    assertFalse(SameOrigin.allows(null, null, null, SITE));
  }
}

package dev.headline.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteIdentityTest {

  private static List<String> keys(SiteIdentity identity) {
    return identity.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
  }

  @Test
  void aCompleteIdentityPassesTrimmed() {
    SiteIdentity identity =
        new SiteIdentity(
            "  The Gazette ", null, "About us", Map.of("x", " https://x.com/gazette "));
    assertEquals(List.of(), identity.problems());
    assertEquals("The Gazette", identity.name());
    assertEquals("", identity.tagline());
    assertEquals("https://x.com/gazette", identity.social().get("x"));
  }

  @Test
  void theNameIsRequiredAndShort() {
    assertEquals(
        List.of("name:newsroomSiteNameMissing"), keys(new SiteIdentity(" ", "", "", null)));
    assertEquals(
        List.of("name:newsroomSiteNameTooLong"),
        keys(new SiteIdentity("n".repeat(101), "", "", null)));
    assertEquals(
        List.of("name:newsroomSiteNameTooLong"),
        keys(new SiteIdentity("Two\nlines", "", "", null)));
    assertEquals(List.of(), keys(new SiteIdentity("n".repeat(100), "", "", null)));
  }

  @Test
  void taglineAndDescriptionHaveLimits() {
    assertEquals(
        List.of("tagline:newsroomSiteTaglineTooLong", "description:newsroomSiteDescriptionTooLong"),
        keys(new SiteIdentity("Site", "t".repeat(201), "d".repeat(501), null)));
  }

  @Test
  void socialLinksAreHttpAddressesOfKnownNetworks() {
    Map<String, String> links = new LinkedHashMap<>();
    links.put("facebook", "javascript:alert(1)");
    links.put("x", "ftp://x.com/a");
    links.put("instagram", "https://");
    links.put("youtube", "");
    links.put("myspace", "https://myspace.com/a");
    links.put("linkedin", "https://user:secret@linkedin.com/in/a");
    links.put("mastodon", "https://social.example/@us with space");
    links.put("bluesky", "HTTPS://bsky.app/profile/us");
    List<String> problems = keys(new SiteIdentity("Site", "", "", links));
    assertTrue(problems.contains("facebook:newsroomSiteBadUrl"), problems::toString);
    assertTrue(problems.contains("x:newsroomSiteBadUrl"), problems::toString);
    assertTrue(problems.contains("instagram:newsroomSiteBadUrl"), problems::toString);
    assertTrue(problems.contains("myspace:newsroomSiteUnknownNetwork"), problems::toString);
    assertTrue(problems.contains("linkedin:newsroomSiteBadUrl"), problems::toString);
    assertTrue(problems.contains("mastodon:newsroomSiteBadUrl"), problems::toString);
    assertFalse(problems.stream().anyMatch(p -> p.startsWith("youtube")), "empty: no link");
    assertFalse(problems.stream().anyMatch(p -> p.startsWith("bluesky")), "scheme in any case");
    assertEquals(6, problems.size(), problems::toString);
  }

  @Test
  void settingsAreOneRowPerField() {
    Map<String, String> settings =
        new SiteIdentity("Site", "Tag", "Desc", Map.of("x", "https://x.com/s")).settings();
    assertEquals(
        Map.of(
            "name", "Site", "tagline", "Tag", "description", "Desc", "social.x", "https://x.com/s"),
        settings);
  }

  @Test
  void everyNetworkIsKnownByItsKey() {
    for (Site.Network network : Site.NETWORKS) {
      assertEquals(network, Site.network(network.key()).orElseThrow());
    }
    assertTrue(Site.network("orkut").isEmpty());
  }
}

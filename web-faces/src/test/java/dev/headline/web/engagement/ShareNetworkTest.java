package dev.headline.web.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShareNetworkTest {

  private static final String URL = "https://news.example.org/article/a-b?x=1&y=2";

  @Test
  void everyNetworkGetsTheEncodedCanonicalAddress() {
    assertEquals(
        "https://www.facebook.com/sharer/sharer.php?u="
            + "https%3A%2F%2Fnews.example.org%2Farticle%2Fa-b%3Fx%3D1%26y%3D2",
        ShareNetwork.FACEBOOK.shareUrl(URL, "Title"));
    assertEquals(
        "mailto:?subject=Rates%20rise%20%26%20fall&body="
            + "https%3A%2F%2Fnews.example.org%2Farticle%2Fa-b%3Fx%3D1%26y%3D2",
        ShareNetwork.EMAIL.shareUrl(URL, "Rates rise & fall"));
    for (ShareNetwork network : ShareNetwork.values()) {
      assertTrue(
          network.shareUrl(URL, "T").contains("https%3A%2F%2Fnews.example.org"), network.key());
    }
  }

  @Test
  void networksAreNamedInLowerCaseOnly() {
    assertEquals(Optional.of(ShareNetwork.LINKEDIN), ShareNetwork.byKey("linkedin"));
    assertEquals(Optional.of(ShareNetwork.X), ShareNetwork.byKey("x"));
    assertEquals(Optional.empty(), ShareNetwork.byKey("LinkedIn"));
    assertEquals(Optional.empty(), ShareNetwork.byKey("myspace"));
  }

  @Test
  void articleIdsAreStrictDecimals() {
    assertEquals(Optional.of(42L), ArticleIds.parse("42"));
    assertEquals(Optional.empty(), ArticleIds.parse("042"));
    assertEquals(Optional.empty(), ArticleIds.parse("-1"));
    assertEquals(Optional.empty(), ArticleIds.parse("99999999999999999999"));
    assertEquals(Optional.empty(), ArticleIds.parse("1e3"));
  }
}

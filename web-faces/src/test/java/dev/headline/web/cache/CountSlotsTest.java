package dev.headline.web.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.headline.core.spi.ArticleCounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountSlotsTest {

  private final CountSlots slots = new CountSlots("dev.headline.web.i18n.messages", Locale.ENGLISH);

  @Test
  void aPageIsCutAtItsMarkersAndTheRenderTimeCountsLeftOut() {
    String page =
        "<p>é<span class=\"views\">"
            + CountSlots.start("views")
            + "7 views"
            + CountSlots.END
            + "</span><span>"
            + CountSlots.start("shares")
            + "1 share"
            + CountSlots.END
            + "</span></p>";
    CountSlots.Cut cut = CountSlots.cut(page.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(CountSlots.Kind.VIEWS, CountSlots.Kind.SHARES), cut.kinds());
    assertEquals(3, cut.segments().size());
    assertEquals("<p>é<span class=\"views\">", text(cut.segments().get(0)));
    assertEquals("</span><span>", text(cut.segments().get(1)));
    assertEquals("</span></p>", text(cut.segments().get(2)));

    ArticleCounts counts = new ArticleCounts(1234, 1, 0);
    byte[][] texts = {
      slots.text(CountSlots.Kind.VIEWS, counts), slots.text(CountSlots.Kind.SHARES, counts)
    };
    assertEquals(
        "<p>é<span class=\"views\">1,234 views</span><span>1 share</span></p>",
        text(CountSlots.join(cut.segments(), texts)));
  }

  @Test
  void aPageWithoutMarkersIsOneSegment() {
    byte[] page = "<html>no counts</html>".getBytes(StandardCharsets.UTF_8);
    CountSlots.Cut cut = CountSlots.cut(page);
    assertEquals(List.of(), cut.kinds());
    assertArrayEquals(page, cut.segments().get(0));
  }

  @Test
  void aPageNotAskedForMarkersIsKeptAsItIsWithoutACopy() {
    byte[] page = "<html>rendered with the cache off</html>".getBytes(StandardCharsets.UTF_8);
    CountSlots.Cut cut = CountSlots.whole(page);
    assertEquals(List.of(), cut.kinds());
    assertSame(page, cut.segments().get(0));
  }

  @Test
  void countsAreFormattedLikeThePageWithPlurals() {
    assertEquals("0 views", text(slots.text(CountSlots.Kind.VIEWS, ArticleCounts.NONE)));
    assertEquals("1 view", text(slots.text(CountSlots.Kind.VIEWS, new ArticleCounts(1, 0, 0))));
    assertEquals("2 shares", text(slots.text(CountSlots.Kind.SHARES, new ArticleCounts(0, 2, 0))));
  }

  @Test
  void unpairedOrUnknownMarkersAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CountSlots.cut(
                ("a" + CountSlots.start("views") + "7").getBytes(StandardCharsets.UTF_8)));
    assertThrows(IllegalArgumentException.class, () -> CountSlots.start("likes"));
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}

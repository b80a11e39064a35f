package dev.headline.web.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PortalRouterTest {

  @Test
  void segmentsIgnoreEmptyPartsAndTrailingSlashes() {
    assertArrayEquals(new String[] {"article", "slug"}, PortalRouter.segments("/article/slug/"));
    assertArrayEquals(new String[0], PortalRouter.segments("/"));
  }

  @Test
  void segmentsAreDecodedAsUtf8() {
    assertArrayEquals(
        new String[] {"article", "北京新闻"},
        PortalRouter.segments("/article/%E5%8C%97%E4%BA%AC%E6%96%B0%E9%97%BB"));
    assertArrayEquals(new String[] {"a+b c"}, PortalRouter.segments("/a+b%20c"));
  }

  @Test
  void malformedEscapesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> PortalRouter.segments("/article/%E4%B8"));
    assertThrows(IllegalArgumentException.class, () -> PortalRouter.segments("/article/%ZZ"));
    assertThrows(IllegalArgumentException.class, () -> PortalRouter.segments("/article/%4"));
  }
}

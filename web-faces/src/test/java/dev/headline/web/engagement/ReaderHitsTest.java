package dev.headline.web.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReaderHitsTest {

  @Test
  void withoutProxiesTheHeaderIsIgnored() {
    assertEquals("203.0.113.9", ReaderHits.clientAddress("203.0.113.9", "1.1.1.1", 0));
  }

  @Test
  void behindProxiesTheAddressTheNearestTrustedProxySawCounts() {
    assertEquals("198.51.100.2", ReaderHits.clientAddress("10.0.0.1", "198.51.100.2", 1));
    assertEquals(
        "198.51.100.2",
        ReaderHits.clientAddress("10.0.0.1", "6.6.6.6, 198.51.100.2", 1),
        "what the client wrote itself is ignored");
    assertEquals(
        "198.51.100.2", ReaderHits.clientAddress("10.0.0.1", "6.6.6.6, 198.51.100.2, 10.0.0.7", 2));
  }

  @Test
  void aMissingOrShortHeaderFallsBackSafely() {
    assertEquals("10.0.0.1", ReaderHits.clientAddress("10.0.0.1", null, 1));
    assertEquals("10.0.0.1", ReaderHits.clientAddress("10.0.0.1", " ", 1));
    assertEquals("198.51.100.2", ReaderHits.clientAddress("10.0.0.1", "198.51.100.2", 3));
  }
}

package dev.headline.web.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConditionalTest {

  @Test
  void anyListedTagOfEitherEncodingMatches() {
    String plain = "\"abc-7.1.0\"";
    String gzip = "\"abc-7.1.0-gz\"";
    assertTrue(Conditional.matches("\"abc-7.1.0\"", plain, gzip));
    assertTrue(Conditional.matches("\"x\", W/\"abc-7.1.0-gz\"", plain, gzip));
    assertTrue(Conditional.matches("*", plain, gzip));
    assertFalse(Conditional.matches("\"abc-8.1.0\"", plain, gzip), "counts changed");
    assertFalse(Conditional.matches("abc-7.1.0", plain, gzip), "unquoted is not the tag");
  }

  @Test
  void textTypesCompress() {
    assertTrue(Compression.isCompressible("text/html;charset=UTF-8"));
    assertTrue(Compression.isCompressible("application/rss+xml; charset=UTF-8"));
    assertTrue(Compression.isCompressible("application/json"));
    assertTrue(Compression.isCompressible("image/svg+xml"));
    assertFalse(Compression.isCompressible("image/jpeg"));
    assertFalse(Compression.isCompressible(null));
  }
}

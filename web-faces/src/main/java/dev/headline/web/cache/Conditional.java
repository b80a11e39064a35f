package dev.headline.web.cache;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Conditional GET (RFC 9110, section 13): whether the client's stored copy is still current. */
final class Conditional {

  private Conditional() {}

  /**
   * {@code If-None-Match} first: any listed tag equal to the identity or gzip tag of the page (weak
   * comparison, so {@code W/} prefixes are ignored), or {@code *}. Only without it, {@code
   * If-Modified-Since} at or after the page's {@code Last-Modified}.
   */
  static boolean notModified(HitRequest request, CachedPage.Representation page) {
    String match = request.header("If-None-Match");
    if (match != null) {
      return matches(match, page.etag(), page.gzipEtag());
    }
    long since = date(request.header("If-Modified-Since"));
    return since >= 0 && since >= page.lastModified();
  }

  /** An HTTP date in milliseconds, or -1 when absent or not a date (then the header is ignored). */
  static long date(String header) {
    if (header == null) {
      return -1;
    }
    try {
      return ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
          .toInstant()
          .toEpochMilli();
    } catch (DateTimeParseException notADate) {
      return -1;
    }
  }

  static boolean matches(String header, String etag, String gzipEtag) {
    for (String part : header.split(",")) {
      String tag = part.strip();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(etag) || tag.equals(gzipEtag)) {
        return true;
      }
    }
    return false;
  }
}

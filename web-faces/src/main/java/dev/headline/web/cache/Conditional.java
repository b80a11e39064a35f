package dev.headline.web.cache;

import jakarta.servlet.http.HttpServletRequest;

/** Conditional GET (RFC 9110, section 13): whether the client's stored copy is still current. */
final class Conditional {

  private Conditional() {}

  /**
   * {@code If-None-Match} first: any listed tag equal to the identity or gzip tag of the page (weak
   * comparison, so {@code W/} prefixes are ignored), or {@code *}. Only without it, {@code
   * If-Modified-Since} at or after the page's {@code Last-Modified}.
   */
  static boolean notModified(HttpServletRequest request, CachedPage.Representation page) {
    String match = request.getHeader("If-None-Match");
    if (match != null) {
      return matches(match, page.etag(), page.gzipEtag());
    }
    long since;
    try {
      since = request.getDateHeader("If-Modified-Since");
    } catch (IllegalArgumentException notADate) {
      return false;
    }
    return since >= 0 && since >= page.lastModified();
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

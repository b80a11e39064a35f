package dev.headline.web.search;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a parameter of the query string as UTF-8, whatever the server's default for URIs is (some
 * decode query strings as ISO-8859-1, which turns "東京" into mojibake). A malformed escape such as
 * {@code %ZZ} makes the parameter absent rather than an error; bytes that are not UTF-8 become
 * U+FFFD.
 */
final class QueryParameters {

  private QueryParameters() {}

  /** The first value of a parameter, or {@code null} when it is absent or malformed. */
  static String first(HttpServletRequest request, String name) {
    String query = request.getQueryString();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name)) {
        try {
          return URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
          return null;
        }
      }
    }
    return null;
  }
}

package dev.headline.web.cache;

import java.util.Locale;
import java.util.Optional;

/**
 * The key a reader's page is stored under: scheme, host, port and context path (pages carry
 * absolute links built from them, so a request with another {@code Host} must not see or poison
 * another host's pages), then the path. A query string is accepted only when every parameter is one
 * that pages ignore (campaign tags such as {@code utm_source} or {@code fbclid}, which shared links
 * carry); any other query is not cacheable.
 */
final class PageKey {

  private PageKey() {}

  /** The key, or empty when the request's query is not one the cache recognises. */
  static Optional<String> of(HitRequest request) {
    if (!isIgnorable(request.query())) {
      return Optional.empty();
    }
    return Optional.of(request.origin() + " " + request.uri());
  }

  /** Whether a query string has only parameters that readers' pages ignore. */
  static boolean isIgnorable(String query) {
    if (query == null || query.isEmpty()) {
      return true;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = (equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
      boolean tracking =
          name.startsWith("utm_")
              || name.equals("fbclid")
              || name.equals("gclid")
              || name.equals("mc_cid")
              || name.equals("mc_eid");
      if (!tracking) {
        return false;
      }
    }
    return true;
  }
}

package dev.headline.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/** Which responses are gzipped, and for whom. */
final class Compression {

  /** Bodies smaller than this go out as they are: gzip's header and CPU would not pay off. */
  static final int MIN_BYTES = 1024;

  private Compression() {}

  /** Whether the client accepts gzip ({@code Accept-Encoding}, honouring {@code q=0}). */
  static boolean acceptsGzip(HttpServletRequest request) {
    return acceptsGzip(request.getHeader("Accept-Encoding"));
  }

  /** Whether an {@code Accept-Encoding} header accepts gzip. */
  static boolean acceptsGzip(String header) {
    if (header == null) {
      return false;
    }
    boolean star = false;
    for (String part : header.split(",")) {
      String[] params = part.split(";");
      String coding = params[0].strip().toLowerCase(Locale.ROOT);
      boolean refused = false;
      for (int i = 1; i < params.length; i++) {
        String param = params[i].strip().toLowerCase(Locale.ROOT);
        if (param.startsWith("q=")) {
          refused = param.substring(2).strip().matches("0(\\.0{0,3})?");
        }
      }
      if ("gzip".equals(coding) || "x-gzip".equals(coding)) {
        return !refused;
      }
      if ("*".equals(coding)) {
        star = !refused;
      }
    }
    return star;
  }

  /** Whether a content type is text that compresses well. */
  static boolean isCompressible(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    if (semicolon >= 0) {
      type = type.substring(0, semicolon).strip();
    }
    return type.startsWith("text/")
        || type.equals("application/json")
        || type.endsWith("+json")
        || type.equals("application/javascript")
        || type.equals("application/xml")
        || type.endsWith("+xml")
        || type.equals("image/svg+xml");
  }

  /** Adds {@code Accept-Encoding} to {@code Vary}, once. */
  static void addVary(HttpServletResponse response) {
    for (String vary : response.getHeaders("Vary")) {
      if (vary.toLowerCase(Locale.ROOT).contains("accept-encoding")) {
        return;
      }
    }
    response.addHeader("Vary", "Accept-Encoding");
  }
}

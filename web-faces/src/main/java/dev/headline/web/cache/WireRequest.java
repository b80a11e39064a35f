package dev.headline.web.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A request read straight from the bytes a connection received, for the page cache's wire door
 * ({@code GrizzlyWire}): only the plainest kind, which a cache hit can answer without the server's
 * HTTP layer. {@link #parse} gives {@code null} for anything else, and the caller then hands the
 * bytes to the server untouched; so this parser may be strict where a server must be lenient.
 *
 * <p>Accepted: exactly one complete {@code GET} or {@code HEAD} request in {@code HTTP/1.1}, with
 * an origin-form target (a path that starts with {@code /}, optionally a query), one {@code Host}
 * header naming a plain host name or IPv4 address and an optional port, and no body. Refused: a
 * partial request or more than one; anything that announces a body ({@code Content-Length}, {@code
 * Transfer-Encoding}) or a change of protocol ({@code Upgrade}, {@code HTTP2-Settings}, {@code
 * Expect}); a {@code Connection} header other than {@code keep-alive}; the headers by which a proxy
 * says what the client asked for ({@code Forwarded}, {@code X-Forwarded-Proto}, {@code
 * X-Forwarded-Host}, {@code X-Forwarded-Port}), since the server may be configured to honour them;
 * path parameters (a {@code ;} in the path, where a session id may travel); folded header lines,
 * control characters, and anything longer than {@link #MAX_BYTES}.
 */
final class WireRequest {

  /** Longer requests are left to the server (its limits, its error pages). */
  static final int MAX_BYTES = 8192;

  private static final int MAX_TARGET = 2048;
  private static final int MAX_HEADERS = 64;
  private static final byte[] VERSION = " HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final String[] REFUSED = {
    "content-length",
    "transfer-encoding",
    "upgrade",
    "http2-settings",
    "expect",
    "forwarded",
    "x-forwarded-proto",
    "x-forwarded-host",
    "x-forwarded-port"
  };

  private final String method;
  private final String path;
  private final String query;
  private final String[] names;
  private final String[] values;
  private final int count;
  private final String serverName;
  private final int port;

  private WireRequest(
      String method,
      String path,
      String query,
      String[] names,
      String[] values,
      int count,
      String serverName,
      int port) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.names = names;
    this.values = values;
    this.count = count;
    this.serverName = serverName;
    this.port = port;
  }

  /**
   * The request held by {@code bytes[from..to)}, or {@code null} when those bytes are not exactly
   * one request of the accepted kind.
   */
  static WireRequest parse(byte[] bytes, int from, int to) {
    if (to - from > MAX_BYTES || to - from < 16) {
      return null;
    }
    String method;
    int at;
    if (startsWith(bytes, from, to, "GET ")) {
      method = "GET";
      at = from + 4;
    } else if (startsWith(bytes, from, to, "HEAD ")) {
      method = "HEAD";
      at = from + 5;
    } else {
      return null;
    }
    if (bytes[at] != '/') {
      return null;
    }
    int targetStart = at;
    int queryMark = -1;
    while (at < to && bytes[at] != ' ') {
      byte b = bytes[at];
      if (b <= 0x20 || b == 0x7f || b == ';') {
        return null; // a control or non-ASCII byte, or path parameters (such as a session id)
      }
      if (b == '?' && queryMark < 0) {
        queryMark = at;
      }
      at++;
    }
    if (at - targetStart > MAX_TARGET || !matches(bytes, at, to, VERSION)) {
      return null;
    }
    String path = ascii(bytes, targetStart, queryMark < 0 ? at : queryMark);
    String query = queryMark < 0 ? null : ascii(bytes, queryMark + 1, at);
    at += VERSION.length;

    String[] names = new String[8];
    String[] values = new String[8];
    int count = 0;
    String host = null;
    while (true) {
      if (at + 1 >= to) {
        return null; // the headers do not end here: a partial request
      }
      if (bytes[at] == '\r' && bytes[at + 1] == '\n') {
        at += 2;
        break;
      }
      int nameStart = at;
      while (at < to && isTokenChar(bytes[at])) {
        at++;
      }
      if (at == nameStart || at >= to || bytes[at] != ':') {
        return null; // no name, a folded line, or a character a name may not have
      }
      int nameEnd = at++;
      while (at < to && (bytes[at] == ' ' || bytes[at] == '\t')) {
        at++;
      }
      int valueStart = at;
      while (at < to && bytes[at] != '\r') {
        int b = bytes[at] & 0xff;
        if ((b < 0x20 && b != '\t') || b == 0x7f) {
          return null;
        }
        at++;
      }
      if (at + 1 >= to || bytes[at + 1] != '\n') {
        return null;
      }
      int valueEnd = at;
      while (valueEnd > valueStart && (bytes[valueEnd - 1] == ' ' || bytes[valueEnd - 1] == '\t')) {
        valueEnd--;
      }
      at += 2;
      if (count == MAX_HEADERS) {
        return null;
      }
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
        values = Arrays.copyOf(values, count * 2);
      }
      String name = ascii(bytes, nameStart, nameEnd);
      String value = latin1(bytes, valueStart, valueEnd);
      if (refused(name, value)) {
        return null;
      }
      if (name.equalsIgnoreCase("host")) {
        if (host != null) {
          return null;
        }
        host = value;
      }
      names[count] = name;
      values[count] = value;
      count++;
    }
    if (at != to || host == null) {
      return null; // more than one request, or none that names its host
    }
    int colon = host.indexOf(':');
    String serverName = colon < 0 ? host : host.substring(0, colon);
    int port = colon < 0 ? 80 : port(host, colon + 1);
    if (port < 0 || !isHostName(serverName)) {
      return null;
    }
    return new WireRequest(method, path, query, names, values, count, serverName, port);
  }

  String method() {
    return method;
  }

  /** The target's path, not decoded. */
  String path() {
    return path;
  }

  /** The target's query, or {@code null}. */
  String query() {
    return query;
  }

  /** A header's first value, or {@code null}; names are compared without regard to case. */
  String header(String name) {
    for (int i = 0; i < count; i++) {
      if (names[i].equalsIgnoreCase(name)) {
        return values[i];
      }
    }
    return null;
  }

  /** The host the {@code Host} header names, as the server's own parsing gives it. */
  String serverName() {
    return serverName;
  }

  /** The port the {@code Host} header names, 80 when it names none. */
  int port() {
    return port;
  }

  private static boolean refused(String name, String value) {
    for (String refused : REFUSED) {
      if (refused.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return name.equalsIgnoreCase("connection") && !value.equalsIgnoreCase("keep-alive");
  }

  private static int port(String host, int from) {
    if (from == host.length() || host.length() - from > 5) {
      return -1;
    }
    int port = 0;
    for (int i = from; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      port = port * 10 + (c - '0');
    }
    return port > 0 && port <= 65535 ? port : -1;
  }

  private static boolean isHostName(String name) {
    if (name.isEmpty() || name.length() > 253) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** RFC 9110's token characters. */
  private static boolean isTokenChar(byte b) {
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
      return true;
    }
    return switch (b) {
      case '!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~' -> true;
      default -> false;
    };
  }

  private static boolean startsWith(byte[] bytes, int from, int to, String prefix) {
    if (to - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (bytes[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(byte[] bytes, int at, int to, byte[] expected) {
    return to - at >= expected.length
        && Arrays.equals(bytes, at, at + expected.length, expected, 0, expected.length);
  }

  private static String ascii(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
  }

  private static String latin1(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }
}

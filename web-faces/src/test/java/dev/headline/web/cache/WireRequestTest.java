package dev.headline.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WireRequestTest {

  private static WireRequest parse(String raw) {
    byte[] bytes = ("xx" + raw + "yy").getBytes(StandardCharsets.ISO_8859_1);
    return WireRequest.parse(bytes, 2, bytes.length - 2);
  }

  @Test
  void readsOnePlainRequest() {
    WireRequest request =
        parse(
            "GET /world-news/some-story?utm_source=x HTTP/1.1\r\n"
                + "Host: news.example.org:8080\r\n"
                + "accept-encoding:gzip, br \r\n"
                + "Cookie: theme=dark\r\n"
                + "Connection: Keep-Alive\r\n"
                + "User-Agent: Caf\u00e9 reader\r\n"
                + "\r\n");
    assertNotNull(request);
    assertEquals("GET", request.method());
    assertEquals("/world-news/some-story", request.path());
    assertEquals("utm_source=x", request.query());
    assertEquals("gzip, br", request.header("Accept-Encoding"));
    assertEquals("theme=dark", request.header("COOKIE"));
    assertEquals("Caf\u00e9 reader", request.header("user-agent"));
    assertNull(request.header("Authorization"));
    assertEquals("news.example.org", request.serverName());
    assertEquals(8080, request.port());

    WireRequest head = parse("HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    assertNotNull(head);
    assertEquals("HEAD", head.method());
    assertEquals("/", head.path());
    assertNull(head.query());
    assertEquals(80, head.port());
  }

  @Test
  void leavesEverythingElseToTheServer() {
    String host = "Host: h\r\n";
    // not exactly one complete request
    assertNull(parse("GET / HTTP/1.1\r\n" + host));
    assertNull(parse("GET / HTTP/1.1\r\n" + host + "\r"));
    assertNull(parse("GET / HTTP/1.1\r\n" + host + "\r\nGET /b HTTP/1.1\r\n" + host + "\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\n" + host + "\r\nx"));
    // other methods, versions and targets
    assertNull(parse("POST / HTTP/1.1\r\n" + host + "\r\n"));
    assertNull(parse("get / HTTP/1.1\r\n" + host + "\r\n"));
    assertNull(parse("GET / HTTP/1.0\r\n" + host + "\r\n"));
    assertNull(parse("GET http://h/ HTTP/1.1\r\n" + host + "\r\n"));
    assertNull(parse("GET * HTTP/1.1\r\n" + host + "\r\n"));
    assertNull(parse("GET /a;jsessionid=1 HTTP/1.1\r\n" + host + "\r\n"));
    assertNull(parse("GET /a\tb HTTP/1.1\r\n" + host + "\r\n"));
    assertNull(parse("GET /a  HTTP/1.1\r\n" + host + "\r\n"));
    // the host
    assertNull(parse("GET / HTTP/1.1\r\n\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\n" + host + host + "\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\nHost: h:\r\n\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\nHost: h:99999\r\n\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\nHost: h_x\r\n\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\nHost: \r\n\r\n"));
    // a body, another protocol, a proxy's account of the request, a closing connection
    for (String header :
        new String[] {
          "Content-Length: 0",
          "Transfer-Encoding: chunked",
          "Upgrade: h2c",
          "HTTP2-Settings: AAMAAABkAAQAAP__",
          "Expect: 100-continue",
          "Forwarded: proto=https",
          "X-Forwarded-Proto: https",
          "x-forwarded-host: other",
          "X-Forwarded-Port: 443",
          "Connection: close",
          "Connection: Upgrade, HTTP2-Settings"
        }) {
      assertNull(parse("GET / HTTP/1.1\r\n" + host + header + "\r\n\r\n"), header);
    }
    // malformed header lines
    assertNull(parse("GET / HTTP/1.1\r\n" + host + "X-A: 1\r\n continued\r\n\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\n" + host + "X A: 1\r\n\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\n" + host + ": 1\r\n\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\n" + host + "X-A 1\r\n\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\n" + host + "X-A: 1\n\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\n" + host + "X-A: a\u0001b\r\n\r\n"));
    // too long
    assertNull(parse("GET /" + "a".repeat(3000) + " HTTP/1.1\r\n" + host + "\r\n"));
    assertNull(parse("GET / HTTP/1.1\r\n" + host + "X-A: " + "a".repeat(9000) + "\r\n\r\n"));
    StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\n" + host);
    for (int i = 0; i < 70; i++) {
      many.append("X-").append(i).append(": 1\r\n");
    }
    assertNull(parse(many + "\r\n"));
    assertNull(parse(""));
  }
}

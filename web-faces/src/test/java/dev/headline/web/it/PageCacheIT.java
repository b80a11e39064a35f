package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.web.portal.KeptFragmentServlet;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page cache in the real WAR over HTTP: hits skip rendering yet count views and show fresh
 * counts, edits drop exactly the pages that show the article, members bypass it, and the HTTP side
 * (ETag, 304, gzip, HEAD). Two small servlets added to the deployment stand in for what other
 * issues build: one starts an HTTP session (as a sign-in would), one edits an article's title (as
 * the newsroom will).
 *
 * <p>Tests never share articles: each takes its own card of the home page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageCacheIT {

  private static final String FIREFOX =
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static WebArchive war() throws URISyntaxException {
    File jsoup = new File(Jsoup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Deployments.headlineWar()
        .addClasses(
            SessionStarterServlet.class,
            RetitleServlet.class,
            PublishFiledServlet.class,
            KeptFragmentServlet.class)
        .addAsLibraries(jsoup);
  }

  @ArquillianResource URL base;

  /**
   * headline.cache.settle-seconds (the default, 5): a page stored that soon after a change to
   * anything it shows is kept only until that window ends, so a test that needs a stored page to
   * last waits the window out first ({@link #settled()}).
   */
  private static final Duration SETTLE = Duration.ofSeconds(5);

  /**
   * When content last changed (0: not known yet): the demo content is loaded as the deployment
   * starts, taken as the first test's start, which comes after it; the tests that edit or publish
   * move it on.
   */
  private static long lastChange;

  /** Waits until a page stored now is kept for its whole lifetime, past every change so far. */
  private static void settled() throws InterruptedException {
    if (lastChange == 0) {
      changed();
    }
    long wait =
        lastChange + SETTLE.toNanos() + Duration.ofMillis(500).toNanos() - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(Duration.ofNanos(wait).toMillis() + 1);
    }
  }

  private static void changed() {
    lastChange = System.nanoTime();
  }

  @Test
  void theSecondRequestIsAHitAndBothViewsCount() throws Exception {
    String path = homeArticle(8);
    long id = idBySlug(path);
    long before = views(id);
    settled();
    HttpResponse<String> first = get(path, "Cache reader one " + FIREFOX);
    assertEquals(200, first.statusCode());
    assertEquals("MISS", cacheHeader(first));
    assertEquals(id, idOf(Jsoup.parse(first.body())));

    HttpResponse<String> second = get(path, "Cache reader two " + FIREFOX);
    assertEquals(200, second.statusCode());
    assertEquals("HIT", cacheHeader(second));
    assertEquals(
        Jsoup.parse(first.body()).selectFirst("h1").text(),
        Jsoup.parse(second.body()).selectFirst("h1").text());
    assertTrue(second.headers().allValues("Set-Cookie").isEmpty(), "no session from a hit");
    assertEquals(before + 2, awaitViews(id, before + 2), "the miss and the hit both counted");
  }

  @Test
  void countsOnACachedPageAreFreshAfterTheFlush() throws Exception {
    String path = homeArticle(9);
    long id = idBySlug(path);
    long before = views(id);
    settled();
    Document miss = Jsoup.parse(get(path, "Fresh reader one " + FIREFOX).body());
    assertEquals(id, idOf(miss));
    HttpResponse<String> hit = get(path, "Fresh reader two " + FIREFOX);
    assertEquals("HIT", cacheHeader(hit));
    long counted = awaitViews(id, before + 2);
    assertEquals(before + 2, counted);
    HttpResponse<String> later = get(path, "Fresh reader two " + FIREFOX);
    assertEquals("HIT", cacheHeader(later), "still the stored page");
    assertEquals(
        counted, number(Jsoup.parse(later.body()).selectFirst(".engagement .views").text()));
    // Other classes' tests view the same articles (the H2 runs share one database): 3,205 views.
    String shown = Jsoup.parse(later.body()).selectFirst(".engagement .views").text();
    assertTrue(shown.matches("\\d{1,3}(,\\d{3})* views?"), shown);
    assertTrue(later.body().indexOf('\uE000') < 0, "no marker left in the page");
  }

  @Test
  void editingATitleDropsItsPageItsSectionsTheHomePageAndTheFeed() throws Exception {
    settled();
    Document home = Jsoup.parse(get("", FIREFOX).body());
    String path = relative(home.selectFirst(".lead h1 a").attr("href"));
    Document article = Jsoup.parse(get(path, FIREFOX).body());
    long id = idOf(article);
    List<String> sections =
        article.select(".breadcrumb li a").eachAttr("href").stream()
            .map(this::relative)
            .filter(p -> !p.isEmpty())
            .toList();
    assertTrue(!sections.isEmpty(), "the article's sections: " + article.select(".breadcrumb"));
    List<String> pages = Stream.concat(Stream.of("", path, "feed"), sections.stream()).toList();
    for (String page : pages) {
      get(page, FIREFOX);
      assertEquals("HIT", cacheHeader(get(page, FIREFOX)), page);
    }

    String title = "Retitled by the page cache test " + id;
    HttpResponse<String> edit =
        HTTP.send(
            HttpRequest.newBuilder(base.toURI().resolve("it-retitle"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "id=" + id + "&title=" + title.replace(' ', '+')))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(204, edit.statusCode(), edit.body());
    changed();

    for (String page : pages) {
      HttpResponse<String> after = get(page, FIREFOX);
      assertEquals("MISS", cacheHeader(after), "dropped: /" + page);
      assertTrue(after.body().contains(title), "the new title on /" + page);
    }
    // The article's kept fragments (its head, its title) were dropped by the same edit.
    Document edited = Jsoup.parse(get(path + "?kept=1", FIREFOX).body());
    assertEquals(title, edited.selectFirst("article.story h1").text());
    assertTrue(edited.title().startsWith(title), edited.title());
    assertTrue(
        edited.select("script[type=application/ld+json]").html().contains(title),
        "structured data in the head");
    assertEquals("HIT", cacheHeader(get(path, FIREFOX)), "stored again");
  }

  @Test
  void publishingDropsTheArchivesOfItsSecondarySectionAndItsParent() throws Exception {
    List<String> archives = List.of("health-news/medical-breakthroughs/", "health-news/");
    settled();
    for (String page : archives) {
      get(page, FIREFOX);
      assertEquals("HIT", cacheHeader(get(page, FIREFOX)), page);
    }
    String title = "Filed twice by the page cache test " + System.nanoTime();
    HttpResponse<String> publish =
        HTTP.send(
            HttpRequest.newBuilder(base.toURI().resolve("it-publish-filed"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "primary=world-news&secondary=health-news/medical-breakthroughs&title="
                            + title.replace(' ', '+')))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, publish.statusCode(), publish.body());
    changed();
    for (String page : archives) {
      HttpResponse<String> after = get(page, FIREFOX);
      assertEquals("MISS", cacheHeader(after), "dropped: /" + page);
      assertTrue(after.body().contains(title), "the new article on /" + page);
    }
  }

  @Test
  void sessionsMemberCookiesAndUnknownQueriesBypassTheCache() throws Exception {
    String path = homeArticle(10);
    settled();
    get(path, FIREFOX);
    assertEquals("HIT", cacheHeader(get(path, FIREFOX)));
    assertEquals("HIT", cacheHeader(get(path + "?utm_source=newsletter&fbclid=x", FIREFOX)));

    HttpResponse<String> session = get("it-session", FIREFOX);
    assertEquals(204, session.statusCode());
    String cookie = session.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    HttpResponse<String> member = send(request(path, FIREFOX).header("Cookie", cookie));
    assertEquals(200, member.statusCode());
    assertEquals("BYPASS", cacheHeader(member));
    assertEquals("private, no-cache", member.headers().firstValue("Cache-Control").orElse(""));

    HttpResponse<String> signedIn =
        send(request(path, FIREFOX).header("Cookie", "JSESSIONIDSSO=abc"));
    assertEquals("BYPASS", cacheHeader(signedIn));
    assertEquals("BYPASS", cacheHeader(get(path + "?preview=1", FIREFOX)));
  }

  @Test
  void errorsAndRedirectsAreNeverStored() throws Exception {
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> missing = get("no-such-page-for-the-cache", FIREFOX);
      assertEquals(404, missing.statusCode());
      assertNotEquals("HIT", cacheHeader(missing));
    }
    String path = homeArticle(11);
    String slug = path.substring(path.lastIndexOf('/') + 1);
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> moved = get("article/" + slug, FIREFOX);
      assertEquals(301, moved.statusCode());
      assertNotEquals("HIT", cacheHeader(moved));
    }
  }

  @Test
  void validatorsGzipAndHeadOnAStoredPage() throws Exception {
    String path = homeArticle(12);
    long id = idBySlug(path);
    long before = views(id);
    settled();
    get(path, "Gzip reader zero " + FIREFOX);
    sendBytes(request(path, "Gzip reader " + FIREFOX));
    // Tags change with the counts a page shows: once both views are counted (later requests are
    // repeats or HEADs, which do not count), the counts and tags hold still for the checks below.
    assertEquals(before + 2, awaitViews(id, before + 2));
    HttpResponse<byte[]> plain = sendBytes(request(path, "Gzip reader " + FIREFOX));
    assertEquals("HIT", plain.headers().firstValue("X-Cache").orElse(""));
    String etag = plain.headers().firstValue("ETag").orElseThrow();
    String lastModified = plain.headers().firstValue("Last-Modified").orElseThrow();
    assertEquals("public, no-cache", plain.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(plain.headers().allValues("Vary").toString().contains("Accept-Encoding"));

    HttpResponse<byte[]> notModified =
        sendBytes(request(path, "Gzip reader " + FIREFOX).header("If-None-Match", etag));
    assertEquals(304, notModified.statusCode());
    assertEquals(0, notModified.body().length);
    HttpResponse<byte[]> sinceThen =
        sendBytes(
            request(path, "Gzip reader " + FIREFOX).header("If-Modified-Since", lastModified));
    assertEquals(304, sinceThen.statusCode());
    HttpResponse<byte[]> otherTag =
        sendBytes(request(path, "Gzip reader " + FIREFOX).header("If-None-Match", "\"other\""));
    assertEquals(200, otherTag.statusCode());

    HttpResponse<byte[]> gzip =
        sendBytes(request(path, "Gzip reader " + FIREFOX).header("Accept-Encoding", "gzip, br"));
    assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
    String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
    assertEquals(etag.substring(0, etag.length() - 1) + "-gz\"", gzipTag, "same counts, gzip tag");
    assertArrayEquals(plain.body(), gunzip(gzip.body()), "decodes to the same page");
    assertTrue(gzip.body().length < plain.body().length / 2);

    HttpResponse<byte[]> head =
        sendBytes(
            request(path, "Head reader " + FIREFOX)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, head.statusCode());
    assertEquals(0, head.body().length);
    assertEquals(
        String.valueOf(plain.body().length),
        head.headers().firstValue("Content-Length").orElse(""));

    HttpResponse<byte[]> css =
        sendBytes(request("static/css/site.css", FIREFOX).header("Accept-Encoding", "gzip"));
    assertEquals(200, css.statusCode());
    assertEquals("gzip", css.headers().firstValue("Content-Encoding").orElse(""));
    assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("max-age="));
    HttpResponse<byte[]> cssPlain = sendBytes(request("static/css/site.css", FIREFOX));
    assertArrayEquals(cssPlain.body(), gunzip(css.body()));
  }

  @Test
  void anonymousHitsAreAnsweredInFrontOfTheContainerAndStillCount() throws Exception {
    String path = homeArticle(13);
    long id = idBySlug(path);
    long before = views(id);
    settled();
    assertEquals("MISS", cacheHeader(get(path, "Front reader one " + FIREFOX)));
    double front = frontDoorHits();

    HttpResponse<String> hit = get(path, "Front reader two " + FIREFOX);
    assertEquals("HIT", cacheHeader(hit));
    assertEquals(front + 1, frontDoorHits(), "answered before the servlet container");

    // A session cookie (here of no live session) takes the way through the container, whose
    // filter answers the same stored page with the same headers.
    HttpResponse<String> container =
        send(request(path, "Front reader three " + FIREFOX).header("Cookie", "JSESSIONID=gone"));
    assertEquals("HIT", cacheHeader(container));
    assertEquals(front + 1, frontDoorHits(), "a session cookie is not answered in front");
    for (String header : List.of("Content-Type", "Cache-Control", "Vary", "Last-Modified")) {
      assertEquals(hit.headers().allValues(header), container.headers().allValues(header), header);
    }
    assertEquals(
        Jsoup.parse(hit.body()).selectFirst("article h1").outerHtml(),
        Jsoup.parse(container.body()).selectFirst("article h1").outerHtml());

    assertEquals(
        before + 3, awaitViews(id, before + 3), "the miss and both hits counted, once each");

    send(request(path, "Front reader four " + FIREFOX).header("Authorization", "Basic eDp5"));
    assertEquals(front + 1, frontDoorHits(), "credentials are for the container to judge");
  }

  @Test
  void plainConnectionsAreAnsweredOnTheWireWithoutTakingAnotherRequestsBytes() throws Exception {
    String path = homeArticle(15);
    long id = idBySlug(path);
    long before = views(id);
    String target = base.getPath() + path;
    settled();
    assertEquals("MISS", cacheHeader(get(path, "Wire reader zero " + FIREFOX)));
    double wire = wireHits();
    double front = frontDoorHits();
    byte[] stored;
    int onWire;

    try (RawConnection connection = new RawConnection()) {
      // One request after another on a kept-alive connection: answered before the server parses.
      RawResponse hit = connection.exchange(rawRequest("GET", target, "Wire reader one", ""));
      assertEquals(200, hit.status);
      assertEquals("HIT", hit.header("X-Cache"));
      assertEquals("public, no-cache", hit.header("Cache-Control"));
      assertEquals("text/html;charset=UTF-8", hit.header("Content-Type"));
      assertTrue(hit.header("Date").endsWith(" GMT"), hit.header("Date"));
      assertEquals(String.valueOf(hit.body.length), hit.header("Content-Length"));
      stored = hit.body;
      Document page = Jsoup.parse(new String(hit.body, StandardCharsets.UTF_8));
      assertEquals(id, idOf(page));
      assertEquals(before + 2, awaitViews(id, before + 2), "the miss and the wire's hit counted");

      RawResponse head = connection.exchange(rawRequest("HEAD", target, "Wire reader one", ""));
      assertEquals(200, head.status);
      assertEquals(0, head.body.length);
      assertEquals(hit.header("Content-Length"), head.header("Content-Length"));
      onWire = 2;
      // The tag changes with the counts the page shows: ask again if a flush came in between.
      RawResponse same = null;
      for (int attempt = 0; attempt < 3 && (same == null || same.status != 304); attempt++) {
        String etag =
            connection.exchange(rawRequest("HEAD", target, "Wire reader one", "")).header("ETag");
        same =
            connection.exchange(
                rawRequest("GET", target, "Wire reader one", "If-None-Match: " + etag + "\r\n"));
        onWire += 2;
        if (same.status == 304) {
          assertEquals(etag, same.header("ETag"));
        }
      }
      assertEquals(304, same.status);
      assertEquals(0, same.body.length);
      RawResponse gzip =
          connection.exchange(
              rawRequest("GET", target, "Wire reader one", "Accept-Encoding: gzip\r\n"));
      assertEquals("gzip", gzip.header("Content-Encoding"));
      assertSamePage(hit.body, gunzip(gzip.body));
      onWire++;
      assertEquals(wire + onWire, wireHits(), "all answered on the wire");
      assertEquals(front + onWire, frontDoorHits(), "and counted as the front door's");

      // Two requests in one write: the server's to answer, in order, and the connection's from then
      // on.
      connection.send(
          rawRequest("GET", target, "Wire reader two", "")
              + rawRequest("GET", base.getPath() + "static/css/site.css", "Wire reader two", ""));
      RawResponse first = connection.read(false);
      RawResponse second = connection.read(false);
      assertEquals(200, first.status);
      assertSamePage(hit.body, first.body);
      assertEquals("text/css", second.header("Content-Type").replaceAll(";.*", ""));
      RawResponse later = connection.exchange(rawRequest("GET", target, "Wire reader three", ""));
      assertEquals("HIT", later.header("X-Cache"));
      assertSamePage(hit.body, later.body);
      assertEquals(wire + onWire, wireHits(), "nothing more answered on the wire");
    }

    // A request whose body comes in a second write, and whose body looks like a request: the body
    // is the server's, never answered as a request of its own.
    String smuggled = rawRequest("GET", target, "Wire reader four", "");
    try (RawConnection connection = new RawConnection()) {
      connection.send(
          "POST "
              + target
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + "\r\nContent-Type: text/plain\r\nContent-Length: "
              + smuggled.length()
              + "\r\n\r\n");
      Thread.sleep(200);
      connection.send(smuggled);
      RawResponse posted = connection.read(false);
      assertTrue(posted.status >= 200, "one answer to the POST");
      RawResponse next = connection.exchange(rawRequest("GET", target, "Wire reader five", ""));
      assertEquals(200, next.status);
      assertSamePage(stored, next.body);
      assertEquals(0, connection.available(), "no answer to the body");
    }
    assertEquals(wire + onWire, wireHits());
  }

  @Test
  void idleConnectionsAreClosedWhetherTheWireOrTheServerAnsweredThem() throws Exception {
    String path = homeArticle(16);
    settled();
    assertEquals("MISS", cacheHeader(get(path, "Idle reader zero " + FIREFOX)));
    double wire = wireHits();
    try (RawConnection answeredOnWire = new RawConnection();
        RawConnection answeredByServer = new RawConnection()) {
      RawResponse hit =
          answeredOnWire.exchange(rawRequest("GET", base.getPath() + path, "Idle reader one", ""));
      assertEquals("HIT", hit.header("X-Cache"));
      assertEquals(wire + 1, wireHits());
      RawResponse css =
          answeredByServer.exchange(
              rawRequest("GET", base.getPath() + "static/css/site.css", "Idle reader two", ""));
      assertEquals(200, css.status);
      // The test servers keep idle connections for 6 s (it-preboot.txt); the server's own
      // keep-alive
      // never saw the first connection, which the wire door closes as the server would have.
      long started = System.nanoTime();
      assertTrue(answeredByServer.closedWithin(Duration.ofSeconds(30)));
      assertTrue(answeredOnWire.closedWithin(Duration.ofSeconds(30)));
      assertTrue(System.nanoTime() - started > Duration.ofSeconds(3).toNanos(), "not at once");
    }
  }

  // Helpers.
  /** The same stored page, whatever counts it shows (they change when views are flushed). */
  private static void assertSamePage(byte[] expected, byte[] actual) {
    Document one = Jsoup.parse(new String(expected, StandardCharsets.UTF_8));
    Document two = Jsoup.parse(new String(actual, StandardCharsets.UTF_8));
    one.select(".engagement").remove();
    two.select(".engagement").remove();
    assertEquals(one.html(), two.html());
  }

  /** The wire door's hits so far (hits answered before the server parsed the request). */
  private double wireHits() throws Exception {
    return metric("headline_cache_wire_hits_total");
  }

  private String rawRequest(String method, String target, String userAgent, String headers) {
    return rawRequest(method, target, base.getHost() + ":" + base.getPort(), userAgent, headers);
  }

  private String rawRequest(
      String method, String target, String host, String userAgent, String headers) {
    return method
        + " "
        + target
        + " HTTP/1.1\r\nHost: "
        + host
        + "\r\nUser-Agent: "
        + userAgent
        + " "
        + FIREFOX
        + "\r\n"
        + headers
        + "\r\n";
  }

  /** A response read off a raw connection. */
  private record RawResponse(int status, List<String> headers, byte[] body) {
    String header(String name) {
      return headers.stream()
          .filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
          .map(h -> h.substring(name.length() + 1).strip())
          .findFirst()
          .orElse(null);
    }
  }

  /** One HTTP/1.1 connection to the server, written and read by hand. */
  private final class RawConnection implements AutoCloseable {
    private final Socket socket;
    private final java.io.BufferedInputStream in;
    private boolean lastWasHead;

    RawConnection() throws IOException {
      socket = new Socket(base.getHost(), base.getPort());
      socket.setSoTimeout(30_000);
      in = new java.io.BufferedInputStream(socket.getInputStream());
    }

    void send(String request) throws IOException {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
    }

    RawResponse exchange(String request) throws IOException {
      send(request);
      return read(request.startsWith("HEAD "));
    }

    /** The next response; {@code head} when it answers a HEAD (headers only). */
    RawResponse read(boolean head) throws IOException {
      String status = line();
      assertTrue(status.startsWith("HTTP/1.1 "), status);
      List<String> headers = new java.util.ArrayList<>();
      for (String line = line(); !line.isEmpty(); line = line()) {
        headers.add(line);
      }
      RawResponse response =
          new RawResponse(Integer.parseInt(status.substring(9, 12)), headers, new byte[0]);
      if (head || response.status == 304 || response.status == 204) {
        return response;
      }
      String length = response.header("Content-Length");
      if (length != null) {
        return new RawResponse(response.status, headers, in.readNBytes(Integer.parseInt(length)));
      }
      assertEquals("chunked", response.header("Transfer-Encoding"), headers.toString());
      java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
      for (int size = Integer.parseInt(line().replaceAll(";.*", ""), 16);
          size > 0;
          size = Integer.parseInt(line().replaceAll(";.*", ""), 16)) {
        body.write(in.readNBytes(size));
        assertEquals("", line());
      }
      assertEquals("", line());
      return new RawResponse(response.status, headers, body.toByteArray());
    }

    /** Whether the server closes the connection within that time, sending nothing more. */
    boolean closedWithin(Duration time) throws IOException {
      socket.setSoTimeout((int) time.toMillis());
      try {
        return in.read() < 0;
      } catch (java.net.SocketTimeoutException e) {
        return false;
      } catch (IOException e) {
        return true; // reset
      }
    }

    /** Bytes that arrive within half a second, after what was read. */
    int available() throws IOException, InterruptedException {
      Thread.sleep(500);
      return in.available();
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        assertTrue(c >= 0, "connection closed after: " + line);
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  /** The front door's hits so far, from the server's metrics (the wire door's included). */
  private double frontDoorHits() throws Exception {
    return metric("headline_cache_front_hits_total");
  }

  private double metric(String name) throws Exception {
    HttpResponse<String> metrics =
        HTTP.send(
            HttpRequest.newBuilder(base.toURI().resolve("/metrics?scope=application")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, metrics.statusCode(), metrics.body());
    return metrics
        .body()
        .lines()
        .filter(l -> l.startsWith(name))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(0);
  }

  private String homeArticle(int n) throws IOException, InterruptedException {
    Document home = Jsoup.parse(get("", FIREFOX).body());
    // Distinct articles of the home page: the latest, then the section blocks.
    List<String> links =
        home.select("main .card h3 a").eachAttr("href").stream().distinct().toList();
    return relative(links.get(n));
  }

  private String relative(String href) {
    return href.startsWith(base.getPath()) ? href.substring(base.getPath().length()) : href;
  }

  @Test
  void keptFragmentsAreTheSameForEveryoneButNeverCarryAnotherHost() throws Exception {
    String path = homeArticle(14);
    // An unknown query bypasses the page cache: each of these is rendered, from kept fragments
    // (menus, the article's text, its comments...) after the first.
    String rendered = path + "?kept=1";
    Document first = Jsoup.parse(get(rendered, FIREFOX).body());
    Document second = Jsoup.parse(get(rendered, FIREFOX).body());
    assertEquals("BYPASS", cacheHeader(get(rendered, FIREFOX)));
    assertEquals(
        first.selectFirst("article.story").html(), second.selectFirst("article.story").html());
    assertEquals(first.select("head").html(), second.select("head").html());
    // Kept under the article the router named (CachedFragment.SUBJECT), and under nothing else.
    String subject = "&subject=article+" + idOf(first);
    for (String key : List.of("head", "article-title", "article-body", "comments", "share-links")) {
      assertEquals(200, get("it-kept?key=" + key + subject, FIREFOX).statusCode(), key);
    }
    assertEquals(200, get("it-kept?key=masthead", FIREFOX).statusCode(), "the site's own");
    assertEquals(404, get("it-kept?key=article-body", FIREFOX).statusCode(), "no subject");
    assertEquals(404, get("it-kept?key=article-body&subject=article+0", FIREFOX).statusCode());

    // Without headline.site.url, absolute links follow the Host header: a forged one renders its
    // own, and no other reader ever gets them from a kept fragment. (Edits dropping kept
    // fragments: editingATitleDropsItsPageItsSectionsTheHomePageAndTheFeed.)
    String forged = rawGet(rendered, "forged.invalid");
    assertTrue(forged.contains("http://forged.invalid/"), "the forged request's own links");
    for (String page : List.of(rendered, path)) {
      String body = get(page, FIREFOX).body();
      assertTrue(body.contains(first.select("link[rel=canonical]").attr("href")), page);
      assertFalse(body.contains("forged.invalid"), "kept for the forged host only: " + page);
    }
  }

  /** A GET with the Host header given, which {@link HttpClient} does not let a caller set. */
  private String rawGet(String path, String host) throws IOException {
    try (RawConnection connection = new RawConnection()) {
      RawResponse response =
          connection.exchange(rawRequest("GET", base.getPath() + path, host, "Forging", ""));
      assertEquals(200, response.status);
      return new String(response.body, StandardCharsets.UTF_8);
    }
  }

  private static String cacheHeader(HttpResponse<?> response) {
    return response.headers().firstValue("X-Cache").orElse("");
  }

  private static long idOf(Document article) {
    String href = article.selectFirst(".engagement .share a").attr("href");
    Matcher id = Pattern.compile("/share/(\\d+)/").matcher(href);
    assertTrue(id.find(), href);
    return Long.parseLong(id.group(1));
  }

  private static long number(String text) {
    Matcher digits = Pattern.compile("([\\d,]+)").matcher(text);
    assertTrue(digits.find(), text);
    return Long.parseLong(digits.group(1).replace(",", ""));
  }

  private long awaitViews(long id, long atLeast) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    long value = views(id);
    while (value < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(250);
      value = views(id);
    }
    return value;
  }

  /**
   * The id of the article at this path, from the read API, so that its views can be read before the
   * page is first requested. (The count a rendered page shows may or may not include its own view
   * yet, depending on whether a flush ran in between.)
   */
  private long idBySlug(String path) throws IOException, InterruptedException {
    String slug = path.replaceAll("/+$", "").replaceAll(".*/", "");
    HttpResponse<String> article = get("api/v1/articles/" + slug, FIREFOX);
    assertEquals(200, article.statusCode(), article.body());
    try (JsonReader json = Json.createReader(new StringReader(article.body()))) {
      return json.readObject().getJsonNumber("id").longValueExact();
    }
  }

  private long views(long id) throws IOException, InterruptedException {
    HttpResponse<String> stats = get("api/articles/" + id + "/stats", FIREFOX);
    assertEquals(200, stats.statusCode(), stats.body());
    Matcher views = Pattern.compile("\"views\":(\\d+)").matcher(stats.body().replace(" ", ""));
    assertTrue(views.find(), stats.body());
    return Long.parseLong(views.group(1));
  }

  private static byte[] gunzip(byte[] gzip) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return in.readAllBytes();
    }
  }

  private HttpRequest.Builder request(String path, String userAgent) {
    try {
      return HttpRequest.newBuilder(base.toURI().resolve(path))
          .timeout(Duration.ofSeconds(30))
          .header("User-Agent", userAgent);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private HttpResponse<String> get(String path, String userAgent)
      throws IOException, InterruptedException {
    return send(request(path, userAgent));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<byte[]> sendBytes(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}

package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.spi.Engagement;
import dev.headline.core.spi.RankedArticle;
import dev.headline.core.spi.ReaderHit;
import dev.headline.engagement.trending.infrastructure.TrendingBoard;
import dev.headline.engagement.views.infrastructure.CountingEngagement;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Views, shares and trending in the real WAR: the counting service inside the server under heavy
 * concurrency, checked against the database sums, and the reader's side over HTTP (article page,
 * share links, the stats API, bots and prefetches). Runs on H2, and again on PostgreSQL by the
 * build's second failsafe execution.
 *
 * <p>Tests never share articles: each takes its own from the demo content (the home page shows the
 * newest 21; the in-server tests use older ones), so their exact counts hold in any order.
 */
@ExtendWith(FreshPostgresSchema.class)
@ExtendWith(ArquillianExtension.class)
class EngagementIT {

  private static final String FIREFOX =
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Pattern JSON_NUMBER = Pattern.compile("\"(\\w+)\":(\\d+)");

  @Deployment
  static WebArchive war() throws URISyntaxException {
    // The HTTP tests parse pages with jsoup; the class is loaded in the server too.
    File jsoup = new File(Jsoup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Deployments.headlineWar()
        .addClasses(EngagementIT.class, FreshPostgresSchema.class)
        .addAsLibraries(jsoup);
  }

  @ArquillianResource URL base;

  @Inject Engagement engagement;
  @Inject CountingEngagement counting;
  @Inject TrendingBoard board;
  @Inject ArticleService articles;

  // In the server: the service and the database.

  @Test
  void thirtyTwoThreadsOfViewsSumExactlyInTheDatabase() throws Exception {
    List<Long> ids = olderArticles(21, 100);
    counting.flush();
    Map<Long, long[]> before = stored(ids);
    long hourlyBefore = hourlySum(ids);

    int threads = 32;
    int perThread = 10_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger counted = new AtomicInteger();
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                (Callable<Void>)
                    () -> {
                      start.await();
                      for (int i = 0; i < perThread; i++) {
                        // A distinct visitor per view: the address varies, as across a city.
                        String address = "10." + thread + "." + (i >> 8) + "." + (i & 0xff);
                        long id = ids.get((thread * perThread + i) % ids.size());
                        if (engagement.recordView(id, ReaderHit.get(address, FIREFOX))) {
                          counted.incrementAndGet();
                        }
                      }
                      return null;
                    }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    counting.flush();

    assertEquals(threads * perThread, counted.get(), "every view was a new visitor");
    Map<Long, long[]> after = stored(ids);
    long perArticle = (long) threads * perThread / ids.size();
    for (long id : ids) {
      assertEquals(perArticle, after.get(id)[0] - before.get(id)[0], "views of " + id);
      assertEquals(perArticle, after.get(id)[1] - before.get(id)[1], "raw hits of " + id);
      assertEquals(after.get(id)[0], engagement.counts(id).views(), "the snapshot of " + id);
    }
    assertEquals((long) threads * perThread, hourlySum(ids) - hourlyBefore, "hourly buckets");
  }

  @Test
  void simultaneousRequestsOfOneVisitorCountOnceButAllAreRawHits() throws Exception {
    long id = olderArticles(125, 1).get(0);
    counting.flush();
    long[] before = stored(List.of(id)).get(id);
    int threads = 64;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger counted = new AtomicInteger();
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                (Callable<Void>)
                    () -> {
                      start.await();
                      if (engagement.recordView(id, ReaderHit.get("192.0.2.55", FIREFOX))) {
                        counted.incrementAndGet();
                      }
                      return null;
                    }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, counted.get(), "one view for 64 simultaneous requests");
    assertFalse(engagement.recordView(id, ReaderHit.get("192.0.2.55", FIREFOX)), "and later");
    assertFalse(engagement.recordView(id, ReaderHit.get("192.0.2.55", "Googlebot/2.1")));
    counting.flush();
    long[] after = stored(List.of(id)).get(id);
    assertEquals(1, after[0] - before[0], "counted views");
    assertEquals(66, after[1] - before[1], "raw hits");
  }

  @Test
  void trendingAndMostViewedFollowTheCountedViews() throws Exception {
    List<Long> ids = olderArticles(130, 3);
    int[] readers = {2, 7, 4};
    for (int a = 0; a < ids.size(); a++) {
      for (int r = 0; r < readers[a]; r++) {
        engagement.recordView(ids.get(a), ReaderHit.get("198.51.100." + r, "Trend reader " + a));
      }
    }
    counting.flush();
    board.refresh();
    List<Long> order = engagement.trending(ids, 3).stream().map(RankedArticle::articleId).toList();
    assertEquals(List.of(ids.get(1), ids.get(2), ids.get(0)), order);
    List<RankedArticle> site = engagement.trending(1000);
    assertTrue(site.stream().anyMatch(e -> e.articleId() == ids.get(1)), "site-wide too");
    for (int i = 1; i < site.size(); i++) {
      assertTrue(site.get(i - 1).score() >= site.get(i).score(), "highest first");
    }
    List<RankedArticle> most = engagement.mostViewed(10);
    assertFalse(most.isEmpty());
    for (RankedArticle entry : most) {
      assertEquals((long) entry.score(), engagement.counts(entry.articleId()).views());
    }
  }

  // Over HTTP: what a reader, a bot and a browser's prefetch do.

  @Test
  @RunAsClient
  void theArticlePageShowsTheCountsAndTheyRiseAfterTheFlush() throws Exception {
    String path = homeArticle(3);
    long before = stats(idBySlug(path)).get("views");
    HttpResponse<String> first = get(path, "Reader one " + FIREFOX);
    assertEquals(200, first.statusCode());
    assertTrue(first.headers().allValues("Set-Cookie").isEmpty(), "still no session");
    assertFalse(first.body().contains("jakarta.faces.ViewState"), "still no view state");
    Document page = Jsoup.parse(first.body());
    // The count shown may or may not include this reader's own view: a flush may run between
    // recording it and rendering the page.
    long shown = number(page.selectFirst(".engagement .views").text());
    assertTrue(
        shown == before || shown == before + 1, shown + " views shown, " + before + " before");
    String shares = page.selectFirst(".engagement .shares").text();
    assertTrue(shares.matches("\\d{1,3}(,\\d{3})* shares?"), shares);
    long id = idOf(page);
    assertEquals(6, page.select(".engagement .share a[href*=/share/" + id + "/]").size());
    assertNotNull(page.selectFirst(".engagement a.share-copy[href$=" + path + "]"));

    assertEquals(before + 1, awaitViews(id, before + 1), "the first reader, after a flush");
    Document again = Jsoup.parse(get(path, "Reader two " + FIREFOX).body());
    long shownAgain = number(again.selectFirst(".engagement .views").text());
    assertTrue(
        shownAgain == before + 1 || shownAgain == before + 2,
        "the first reader's view shown to the second: " + shownAgain);
  }

  @Test
  @RunAsClient
  void botsHeadRequestsAndPrefetchesAreNotCounted() throws Exception {
    String path = homeArticle(4);
    long id = idBySlug(path);
    long before = stats(id).get("views");
    assertEquals(id, idOf(Jsoup.parse(get(path, "Bot test reader " + FIREFOX).body())));
    long views = awaitViews(id, before + 1);
    String[] bots = {
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
      "WhatsApp/2.23.20.0",
      "TelegramBot (like TwitterBot)"
    };
    for (String bot : bots) {
      assertEquals(200, get(path, bot).statusCode(), bot);
    }
    assertEquals(
        200,
        send(request(path, "Head reader " + FIREFOX)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()))
            .statusCode());
    var prefetch = request(path, "Prefetching " + FIREFOX).header("Sec-Purpose", "prefetch");
    assertEquals(200, send(prefetch).statusCode());
    var legacy = request(path, "Legacy prefetching " + FIREFOX).header("Purpose", "prefetch");
    assertEquals(200, send(legacy).statusCode());
    get(path, "A real reader " + FIREFOX);

    assertEquals(views + 1, awaitViews(id, views + 1));
    Thread.sleep(2500);
    assertEquals(views + 1, stats(id).get("views"), "only the real reader counted");
  }

  @Test
  @RunAsClient
  void simultaneousPageRequestsOfOneReaderCountOnce() throws Exception {
    String path = homeArticle(6);
    long id = idBySlug(path);
    long before = stats(id).get("views");
    assertEquals(id, idOf(Jsoup.parse(get(path, "Warm-up reader " + FIREFOX).body())));
    long views = awaitViews(id, before + 1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      CyclicBarrier start = new CyclicBarrier(16);
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  return get(path, "Impatient reader " + FIREFOX).statusCode();
                }));
      }
      for (Future<Integer> f : done) {
        assertEquals(200, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(views + 1, awaitViews(id, views + 1));
    Thread.sleep(2500);
    assertEquals(views + 1, stats(id).get("views"), "sixteen reloads, one view");
  }

  @Test
  @RunAsClient
  void shareLinksCountAndRedirectToTheNetwork() throws Exception {
    String path = homeArticle(5);
    Document page = Jsoup.parse(get(path, "Sharing reader " + FIREFOX).body());
    long id = idOf(page);
    String title = page.selectFirst("h1").text();
    long shares = stats(id).get("shares");
    String canonical = base.toURI().resolve(path).toString();

    HttpResponse<String> facebook = get("share/" + id + "/facebook", "Sharer " + FIREFOX);
    assertEquals(303, facebook.statusCode());
    String location = facebook.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith("https://www.facebook.com/sharer/sharer.php?u="), location);
    assertEquals(
        canonical,
        URLDecoder.decode(location.substring(location.indexOf("u=") + 2), StandardCharsets.UTF_8));
    assertEquals("no-store", facebook.headers().firstValue("Cache-Control").orElse(""));

    assertEquals(303, get("share/" + id + "/facebook", "Sharer " + FIREFOX).statusCode());
    assertEquals(303, get("share/" + id + "/facebook", "Twitterbot/1.0").statusCode());
    HttpResponse<String> email = get("share/" + id + "/email", "Sharer " + FIREFOX);
    assertEquals(303, email.statusCode());
    String mailto = email.headers().firstValue("Location").orElseThrow();
    assertTrue(mailto.startsWith("mailto:?subject="), mailto);
    assertTrue(URLDecoder.decode(mailto, StandardCharsets.UTF_8).contains(title), mailto);
    for (String network : new String[] {"x", "linkedin", "whatsapp", "telegram"}) {
      HttpResponse<String> shared = get("share/" + id + "/" + network, "Other " + FIREFOX);
      assertEquals(303, shared.statusCode(), network);
      assertTrue(
          shared.headers().firstValue("Location").orElseThrow().startsWith("https://"), network);
    }

    assertEquals(shares + 6, awaitShares(id, shares + 6));
    Thread.sleep(2500);
    assertEquals(shares + 6, stats(id).get("shares"), "no repeat, no bot");

    for (String bad :
        new String[] {
          "share/" + id + "/myspace",
          "share/999999999/facebook",
          "share/abc/facebook",
          "share/" + id,
          "share/",
          "share/" + id + "/facebook/more",
          "share/99999999999999999999999/x"
        }) {
      assertEquals(404, get(bad, FIREFOX).statusCode(), bad);
    }
  }

  @Test
  @RunAsClient
  void theStatsApiAnswersJsonAndNotFoundForAnythingElse() throws Exception {
    Document page = Jsoup.parse(get(homeArticle(7), "Stats reader " + FIREFOX).body());
    long id = idOf(page);
    // The article may have comments of other test classes (the H2 runs share one database).
    int shownComments = page.select(".comment-list .comment").size();
    HttpResponse<String> response = get("api/articles/" + id + "/stats", FIREFOX);
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    Map<String, Long> json = numbers(response.body());
    assertEquals(id, json.get("articleId"));
    assertTrue(json.containsKey("views") && json.containsKey("shares"), response.body());
    assertEquals(shownComments, json.get("comments"));
    for (String bad :
        new String[] {
          "api/articles/999999999/stats",
          "api/articles/abc/stats",
          "api/articles/" + id,
          "api/articles/" + id + "/other",
          "api/articles/"
        }) {
      HttpResponse<String> answer = get(bad, FIREFOX);
      assertEquals(404, answer.statusCode(), bad);
      assertFalse(answer.body().contains("Exception"), bad);
    }
  }

  // Stopping the server.

  /**
   * A server stopped by a signal (as by {@code docker stop}) writes what it collected before it
   * goes. Starts a Payara Micro of its own twice on the built WAR, with a flush interval far longer
   * than the test, so that only the stop can have written the counts. Once per build, on H2.
   */
  @Test
  @RunAsClient
  void aGracefulStopWritesWhatWasCollected() throws Exception {
    Assumptions.assumeFalse(
        "postgresql".equals(System.getProperty("headline.it.database")), "runs once, on H2");
    Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "graceful-stop-");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    URI server = URI.create("http://127.0.0.1:" + port + "/");
    long id;
    Process first = startMicro(data, port, 1);
    try {
      awaitReady(server, first);
      Document home = Jsoup.parse(send(HttpRequest.newBuilder(server)).body());
      URI article = server.resolve(home.selectFirst(".latest .card h3 a").attr("href"));
      HttpResponse<String> page =
          send(HttpRequest.newBuilder(article).header("User-Agent", "Stopping reader 1"));
      id = idOf(Jsoup.parse(page.body()));
      send(HttpRequest.newBuilder(article).header("User-Agent", "Stopping reader 2"));
      URI share = server.resolve("share/" + id + "/telegram");
      assertEquals(
          303,
          send(HttpRequest.newBuilder(share).header("User-Agent", "Stopping reader 3"))
              .statusCode());
      assertEquals(0, numbers(statsOf(server, id)).get("views"), "nothing written before the stop");
    } finally {
      first.destroy();
      assertTrue(first.waitFor(3, TimeUnit.MINUTES), "the server stops on SIGTERM");
    }
    Process second = startMicro(data, port, 2);
    try {
      awaitReady(server, second);
      Map<String, Long> counts = numbers(statsOf(server, id));
      assertEquals(2, counts.get("views"), "both readers' views survived the stop");
      assertEquals(1, counts.get("shares"), "and the share");
    } finally {
      second.destroy();
      second.waitFor(3, TimeUnit.MINUTES);
    }
  }

  private static Process startMicro(Path data, int port, int run) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-Djava.io.tmpdir=" + data,
            "-Dheadline.data.dir=" + data.resolve("data"),
            "-Dheadline.demo.articles=5",
            "-Dheadline.engagement.flush-interval-millis=600000",
            "-jar",
            Path.of("target/payara-micro.jar").toAbsolutePath().toString(),
            "--deploy",
            Path.of("target/headline.war").toAbsolutePath().toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nohazelcast",
            "--disablephonehome",
            "--rootdir",
            data.resolve("root-" + run).toString())
        .redirectErrorStream(true)
        .redirectOutput(data.resolve("server-" + run + ".log").toFile())
        .start();
  }

  private static void awaitReady(URI server, Process process) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      assertTrue(process.isAlive(), "Payara Micro exited early; see its log under target/");
      try {
        if (send(HttpRequest.newBuilder(server.resolve("health/ready"))).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // Still starting.
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Payara Micro not ready at " + server);
  }

  private static String statsOf(URI server, long id) throws IOException, InterruptedException {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(server.resolve("api/articles/" + id + "/stats")));
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  // Helpers.

  private List<Long> olderArticles(int skip, int count) {
    List<Article> latest = articles.latest(skip + count);
    assertTrue(latest.size() >= skip + count, "demo content: " + latest.size());
    return latest.subList(skip, skip + count).stream().map(Article::getId).toList();
  }

  /** Views and raw hits per article, straight from the table. */
  private static Map<Long, long[]> stored(List<Long> ids) throws SQLException, NamingException {
    Map<Long, long[]> counts = new HashMap<>();
    ids.forEach(id -> counts.put(id, new long[2]));
    DataSource dataSource = InitialContext.doLookup("java:app/jdbc/headline");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select views, hits from article_counter where article_id = ?")) {
      for (long id : ids) {
        select.setLong(1, id);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            counts.put(id, new long[] {row.getLong(1), row.getLong(2)});
          }
        }
      }
    }
    return counts;
  }

  private static long hourlySum(List<Long> ids) throws SQLException, NamingException {
    DataSource dataSource = InitialContext.doLookup("java:app/jdbc/headline");
    long sum = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select coalesce(sum(views), 0) from article_view_hour where article_id = ?")) {
      for (long id : ids) {
        select.setLong(1, id);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          sum += row.getLong(1);
        }
      }
    }
    return sum;
  }

  /** The path of the n-th article card on the home page, below the context path. */
  private String homeArticle(int n) throws IOException, InterruptedException {
    Document home = Jsoup.parse(get("", FIREFOX).body());
    // Distinct articles of the home page: the latest, then the section blocks.
    List<String> links =
        home.select("main .card h3 a").eachAttr("href").stream().distinct().toList();
    return links.get(n).substring(base.getPath().length());
  }

  /**
   * The id of the article at this path, from the read API, so that its views can be read before the
   * test's first request (other classes of the build may have viewed it already: the data folder is
   * shared, and a count read after the first request may or may not include it yet).
   */
  private long idBySlug(String path) throws IOException, InterruptedException {
    String slug = path.replaceAll("/+$", "").replaceAll(".*/", "");
    HttpResponse<String> article = get("api/v1/articles/" + slug, FIREFOX);
    assertEquals(200, article.statusCode(), article.body());
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(article.body().replace(" ", ""));
    assertTrue(id.find(), article.body());
    return Long.parseLong(id.group(1));
  }

  private static long idOf(Document article) {
    String href = article.selectFirst(".engagement .share a").attr("href");
    Matcher id = Pattern.compile("/share/(\\d+)/").matcher(href);
    assertTrue(id.find(), href);
    return Long.parseLong(id.group(1));
  }

  private static long number(String text) {
    Matcher digits = Pattern.compile("(\\d+)").matcher(text);
    assertTrue(digits.find(), text);
    return Long.parseLong(digits.group(1));
  }

  private long awaitViews(long id, long atLeast) throws Exception {
    return await(id, "views", atLeast);
  }

  private long awaitShares(long id, long atLeast) throws Exception {
    return await(id, "shares", atLeast);
  }

  /** Polls the stats API until a count reaches a value (a flush and a snapshot refresh). */
  private long await(long id, String count, long atLeast) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    long value = stats(id).get(count);
    while (value < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(250);
      value = stats(id).get(count);
    }
    return value;
  }

  private Map<String, Long> stats(long id) throws IOException, InterruptedException {
    HttpResponse<String> response = get("api/articles/" + id + "/stats", FIREFOX);
    assertEquals(200, response.statusCode(), response.body());
    return numbers(response.body());
  }

  private static Map<String, Long> numbers(String json) {
    Map<String, Long> numbers = new HashMap<>();
    Matcher entry = JSON_NUMBER.matcher(json.replace(" ", ""));
    while (entry.find()) {
      numbers.put(entry.group(1), Long.parseLong(entry.group(2)));
    }
    return numbers;
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
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

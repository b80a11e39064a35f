package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.spi.SearchHit;
import dev.headline.core.spi.SearchProvider;
import dev.headline.core.spi.SearchQuery;
import dev.headline.web.search.Search;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search in the real WAR with the demo content and the Lucene plugin: the results page and the live
 * search endpoint over HTTP, with hostile input; and inside the server, an article that is
 * published, edited and withdrawn, followed through the index.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final Pattern JSON_TITLE = Pattern.compile("\"title\":\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern JSON_URL = Pattern.compile("\"url\":\"([^\"]*)\"");

  @Deployment
  static WebArchive war() throws URISyntaxException {
    File jsoup = new File(Jsoup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Deployments.headlineWar().addClasses(SearchIT.class).addAsLibraries(jsoup);
  }

  @ArquillianResource URL base;

  @Inject ArticleService articles;
  @Inject SearchProvider provider;
  @Inject Search search;

  // Over HTTP, as a reader.

  @Test
  @RunAsClient
  void theResultsPageFindsADemoArticleByAWordOfItsTitle() throws Exception {
    // A demo article (tagged): other test classes of the build publish articles of their own into
    // the same database, and one of those may be the newest.
    Element lead = demoArticleLink();
    String title = lead.text();
    String leadPath = lead.attr("href");

    Document byTitle = page("search/?q=" + encode(title));
    Element first = byTitle.selectFirst(".search-result h2 a");
    assertNotNull(first, "hits for the lead's whole title");
    assertEquals(leadPath, first.attr("href"), "the lead story is the best match for its title");

    String word =
        Arrays.stream(title.split("[^\\p{L}\\p{N}]+"))
            .max(Comparator.comparingInt(String::length))
            .orElseThrow();
    boolean found = false;
    String next = "search/?q=" + encode(word);
    for (int pages = 0; next != null && !found && pages < 20; pages++) {
      Document results = page(next);
      assertEquals(
          "Search results for “" + word + "”", results.selectFirst("main h1").text(), "echoed");
      assertEquals(word, results.selectFirst("#search-page-q").val());
      for (Element hit : results.select(".search-result")) {
        assertFalse(hit.select(".snippet").text().isBlank(), "every hit has a snippet");
        assertFalse(hit.select("time[datetime]").isEmpty(), "and a date");
        found |= hit.selectFirst("h2 a").attr("href").equals(leadPath);
      }
      if (pages == 0) {
        assertFalse(results.select(".snippet mark").isEmpty(), "matches are highlighted");
      }
      Element more = results.selectFirst(".pagination a[rel=next]");
      next = more == null ? null : more.attr("href").substring(base.getPath().length());
    }
    assertTrue(found, "the lead story is among the hits for '" + word + "'");
    assertEquals(200, get(leadPath.substring(base.getPath().length())).statusCode());
    assertFalse(byTitle.select(".browse a").isEmpty(), "the footer renders in full");
    assertTrue(byTitle.select(".search-result").size() <= 10);
    String robots = byTitle.selectFirst("meta[name=robots]").attr("content");
    assertTrue(robots.startsWith("noindex"), robots);
  }

  @Test
  @RunAsClient
  void resultsArePagedAndNothingFoundIsSaidPlainly() throws Exception {
    Document first = page("search/?q=the");
    int total = Integer.parseInt(first.selectFirst(".search-head .meta").text().split(" ")[0]);
    assertTrue(total > 10, "a common word matches many demo articles: " + total);
    assertEquals(10, first.select(".search-result").size());
    assertEquals(
        "Page 1 of " + ((total + 9) / 10), first.selectFirst(".pagination .page-of").text());
    String second = first.selectFirst(".pagination a[rel=next]").attr("href");
    assertTrue(second.endsWith("/search/?q=the&page=2"), second);
    Document two = page(second.substring(base.getPath().length()));
    assertNotNull(two.selectFirst(".pagination a[rel=prev]"));
    assertFalse(
        first.select(".search-result h2 a").eachAttr("href").stream()
            .anyMatch(two.select(".search-result h2 a").eachAttr("href")::contains),
        "page 2 repeats nothing of page 1");

    Document none = page("search/?q=zqxjvkwpf");
    assertTrue(none.select(".search-result").isEmpty());
    assertEquals(
        "No articles match your search. Try other or fewer words.",
        none.selectFirst("p.empty").text());
    Document blank = page("search/");
    assertEquals("Search", blank.selectFirst("main h1").text());
    assertNotNull(blank.selectFirst("p.empty"));
  }

  @Test
  @RunAsClient
  void hostileAndOddQueriesAnswerAPageAndAreEscaped() throws Exception {
    List<String> queries =
        List.of(
            "\"unbalanced quote",
            "AND OR NOT",
            "*",
            "~",
            "title:market",
            "market~2 +bank -rates ^ [1 TO 5] {x} (a || b) && c \\ /re/",
            "x".repeat(5000),
            "mar ".repeat(1250),
            "🚀 東京 שלום مرحبا",
            "%00 %ZZ",
            "<mark>bold</mark>",
            "<script>alert('q')</script>");
    for (String q : queries) {
      HttpResponse<String> response = get("search/?q=" + encode(q));
      assertEquals(200, response.statusCode(), q);
      Document results = Jsoup.parse(response.body());
      assertNotNull(results.selectFirst("main h1"), q);
      assertFalse(results.select("footer .browse a").isEmpty(), "the whole page renders: " + q);
      String shown = new SearchQuery(q, 1, 1).text();
      assertEquals(shown, results.selectFirst("#search-page-q").val(), "echoed as typed: " + q);
      HttpResponse<String> live = get("api/search?q=" + encode(q));
      assertEquals(200, live.statusCode(), q);
      assertTrue(live.body().contains("\"matches\":["), live.body());
    }
    String page = get("search/?q=" + encode("<script>alert('q')</script>")).body();
    assertFalse(page.contains("<script>alert"), "the query is escaped on output");
    assertTrue(page.contains("&lt;script&gt;alert"), "and still shown");
    assertFalse(
        Jsoup.parse(get("search/?q=" + encode("<mark>bold</mark>")).body())
                .select("main h1 mark")
                .size()
            > 0);
    // Odd request parameters, and a raw query string that is not valid UTF-8.
    for (String path :
        List.of(
            "search/?q=market&page=abc",
            "search/?q=market&page=-4",
            "search/?q=market&page=99999999",
            "search/?q=market&q=second",
            "search?q=market",
            "search/?q=%E2%28%A1",
            "search/?page=2")) {
      assertEquals(200, get(path).statusCode(), path);
    }
  }

  @Test
  @RunAsClient
  void liveSearchReturnsAtMostFiveMatchesAndNoneForNonsense() throws Exception {
    Document home = Jsoup.parse(get("").body());
    String title = home.selectFirst(".lead h1 a").text();
    String word =
        Arrays.stream(title.split("[^\\p{L}]+"))
            .filter(w -> w.length() >= 5)
            .findFirst()
            .orElse("the");
    String prefix = word.substring(0, Math.min(4, word.length()));

    HttpResponse<String> response = get("api/search?q=" + encode(prefix));
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    List<String> titles = all(JSON_TITLE, response.body());
    assertTrue(titles.size() >= 1 && titles.size() <= 5, titles.toString());
    for (String url : all(JSON_URL, response.body())) {
      assertTrue(url.startsWith(base.getPath()), url);
      assertEquals(200, get(url.substring(base.getPath().length())).statusCode(), url);
    }
    assertTrue(
        response.body().contains("\"all\":\"" + base.getPath() + "search/?q=" + encode(prefix)),
        response.body());

    String nonsense = get("api/search?q=qqxxzzkk").body();
    assertTrue(nonsense.contains("\"matches\":[]"), nonsense);
    assertTrue(get("api/search").body().contains("\"matches\":[]"));
    assertTrue(get("api/search?q=").body().contains("\"matches\":[]"));

    Document page = Jsoup.parse(get("").body());
    Element form = page.selectFirst("header form.site-search");
    assertNotNull(form, "the header's search box");
    assertEquals(base.getPath() + "search/", form.attr("action"));
    assertEquals("get", form.attr("method"));
    assertEquals("No Result", form.attr("data-no-result"));
    assertEquals("View All Result", form.attr("data-view-all"));
    assertNotNull(page.selectFirst("script[src$=/static/js/live-search.js]"));
    assertEquals(200, get("static/js/live-search.js").statusCode());
  }

  // Inside the server: the index follows publication, edits and withdrawal.

  @Test
  void aPublishedArticleBecomesFindableAndAWithdrawnOneDisappears() throws Exception {
    Article draft =
        articles.createDraft(
            "Quokkas reach the zephyrine lighthouse",
            a ->
                a.setBody(
                    "<p>Keepers say &lt;script&gt;alert(1)&lt;/script&gt; was painted on the"
                        + " zephyrine wall.</p>"));
    long id = draft.getId();
    assertFalse(found("zephyrine", id), "a draft is not searchable");

    articles.publish(id);
    awaitTrue(() -> found("zephyrine", id), "indexed after publication");
    SearchHit hit = provider.search(new SearchQuery("zephyrine", 1, 10)).hits().get(0);
    assertEquals(id, hit.articleId());
    assertTrue(hit.path().endsWith("/" + draft.getSlug()), hit.path());
    assertTrue(hit.snippetText().contains("<script>alert(1)</script>"), hit.snippetText());
    assertTrue(
        search.suggest("quokkas zephyr", 5).stream().anyMatch(h -> h.articleId() == id),
        "live search finds it by a prefix");
    assertEquals(1, search.page("zephyrine", null).total());

    articles.update(id, a -> a.setTitle("Wallabies reach the zephyrine lighthouse"));
    awaitTrue(() -> found("wallabies", id), "re-indexed after an edit");
    assertFalse(found("quokkas", id), "the old title is gone");

    articles.withdraw(id);
    awaitTrue(() -> !found("zephyrine", id), "removed after withdrawal");
    assertTrue(search.suggest("wallabies", 5).isEmpty());
  }

  private boolean found(String text, long id) {
    return provider.search(new SearchQuery(text, 1, 50)).hits().stream()
        .anyMatch(h -> h.articleId() == id);
  }

  private static void awaitTrue(BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, what);
      Thread.sleep(100);
    }
  }

  private static List<String> all(Pattern pattern, String json) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(json);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private Document page(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), path);
    return Jsoup.parse(response.body());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(base.toURI().resolve(path))
              .timeout(Duration.ofSeconds(30))
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The headline link of the newest demo article on the home page (one with tags). */
  private Element demoArticleLink() throws Exception {
    Document home = Jsoup.parse(get("").body());
    for (Element link : home.select("main .lead h1 a, main .card h3 a")) {
      Document page = Jsoup.parse(get(link.attr("href").substring(base.getPath().length())).body());
      if (page.selectFirst(".tags a[rel=tag]") != null) {
        return link;
      }
    }
    throw new AssertionError("no demo article on the home page");
  }
}

package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reader walks the real {@code headline.war}, deployed under a context path: home page, an
 * article, a static page, what is not there, and what a stateless reader's page must not leave
 * behind.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.headlineWar();
  }

  @ArquillianResource URL base;

  @Test
  void homeShowsTheDemoArticlesNewestFirst() throws Exception {
    HttpResponse<String> response = get("");
    assertEquals(200, response.statusCode());
    Document home = Jsoup.parse(response.body());
    assertEquals("Headline Daily", home.selectFirst(".brand").text());
    Element lead = home.selectFirst(".lead h1 a");
    assertNotNull(lead, "a lead story");
    assertTrue(home.select(".latest .card").size() >= 6, "the latest articles after the lead");
    assertTrue(
        home.select("main .block h2 a").eachText().containsAll(List.of("World News", "Sports")),
        "a block per main section: " + home.select("main .block h2 a").eachText());
    assertEquals(5, home.select(".sidebar [data-widget=recent-news] li").size(), "Recent News");
    assertNotNull(home.selectFirst(".sidebar [data-widget=popular-tabs] #tab-latest li"));
    assertEquals("en", home.selectFirst("html").attr("lang"));
    assertNotNull(home.selectFirst("a.skip-link[href=#main]"));
  }

  @Test
  void anArticleReadsWithItsBylineDateAndReadingTime() throws Exception {
    Document home = Jsoup.parse(get("").body());
    String href = demoArticle();
    assertTrue(href.startsWith(base.getPath()), "links carry the context path: " + href);
    assertTrue(href.split("/").length >= 4, "articles live under their section: " + href);
    HttpResponse<String> response = get(href.substring(base.getPath().length()));
    assertEquals(200, response.statusCode());
    Document article = Jsoup.parse(response.body());
    String linked =
        home.select("main a[href=\"" + href + "\"]").eachText().stream()
            .filter(text -> !text.isBlank())
            .findFirst()
            .orElseThrow();
    assertEquals(linked, article.selectFirst("h1").text());
    assertTrue(
        article.selectFirst(".reading-time").text().matches("Reading Time: \\d+ mins? read"),
        article.selectFirst(".reading-time").text());
    assertTrue(article.selectFirst(".byline").text().startsWith("By "));
    assertTrue(article.selectFirst(".in-section").text().startsWith("in "));
    assertEquals("Home", article.selectFirst(".breadcrumb li a").text());
    assertTrue(article.html().contains("\"BreadcrumbList\""));
    assertFalse(article.selectFirst("time").attr("datetime").isEmpty());
    assertTrue(article.select(".body p").size() >= 2, "the body");
    assertNotNull(article.selectFirst(".author-box .author-name"));
  }

  @Test
  void anArticleEndsWithItsNeighboursRelatedPostsAndAuthorLinks() throws Exception {
    Document home = Jsoup.parse(get("").body());
    // The second newest has both a newer and an older neighbour.
    String href = home.selectFirst(".latest .card h3 a").attr("href");
    Document article = Jsoup.parse(get(href.substring(base.getPath().length())).body());
    Element previous = article.selectFirst(".post-nav a[rel=prev]");
    Element next = article.selectFirst(".post-nav a[rel=next]");
    assertNotNull(previous, "Previous Post");
    assertNotNull(next, "Next Post");
    assertTrue(next.text().contains(home.selectFirst(".lead h1 a").text()), next.text());
    assertNotNull(article.selectFirst(".sidebar [data-widget=recent-news]"));

    // Related posts share a section or tags: a demo article has both (the newest may be another
    // test class's, on the shared H2 database, filed nowhere).
    String demoHref = demoArticle();
    Document demo = Jsoup.parse(get(demoHref.substring(base.getPath().length())).body());
    var related = demo.select(".related .card");
    assertTrue(related.size() >= 1 && related.size() <= 3, "Related Posts: " + related.size());
    for (Element card : related) {
      assertFalse(card.selectFirst("h3 a").attr("href").equals(demoHref), "not the article itself");
      assertTrue(
          card.selectFirst(".meta").text().matches(".*\\d{1,3}(,\\d{3})* views?$"), card.text());
    }

    Element author = demo.selectFirst(".author-box .author-name a");
    HttpResponse<String> archive = get(author.attr("href").substring(base.getPath().length()));
    assertEquals(200, archive.statusCode());
    Document page = Jsoup.parse(archive.body());
    assertEquals(author.text(), page.selectFirst("main h1").text());
    assertTrue(page.select("main .card").size() >= 1);
    assertEquals(404, get("author/nobody-of-that-name/").statusCode());
    assertEquals(
        404, get(author.attr("href").substring(base.getPath().length()) + "page/0").statusCode());
    assertEquals(
        404, get(author.attr("href").substring(base.getPath().length()) + "page/999").statusCode());
  }

  @Test
  void searchEnginesGetCanonicalLinksStructuredDataAndSitemaps() throws Exception {
    String href = demoArticle();
    Document article = Jsoup.parse(get(href.substring(base.getPath().length())).body());
    String canonical = article.selectFirst("link[rel=canonical]").attr("href");
    assertTrue(canonical.startsWith("http") && canonical.endsWith(href), canonical);
    assertEquals(canonical, article.selectFirst("meta[property=og:url]").attr("content"));
    assertEquals("article", article.selectFirst("meta[property=og:type]").attr("content"));
    assertEquals(
        article.selectFirst("h1").text(),
        article.selectFirst("meta[property=og:title]").attr("content"));
    assertFalse(article.selectFirst("meta[name=description]").attr("content").isEmpty());
    assertNotNull(article.selectFirst("meta[name=twitter:card]"));
    String jsonLd =
        article.select("script[type=application/ld+json]").stream()
            .map(Element::data)
            .filter(d -> d.contains("NewsArticle"))
            .findFirst()
            .orElseThrow();
    assertTrue(jsonLd.contains("\"datePublished\""), jsonLd);
    assertTrue(
        jsonLd.contains(canonical.replace("/", "\\/")) || jsonLd.contains(canonical), jsonLd);

    HttpResponse<String> sitemap = get("sitemap.xml");
    assertEquals(200, sitemap.statusCode());
    assertTrue(sitemap.headers().firstValue("Content-Type").orElse("").contains("xml"));
    assertTrue(sitemap.body().contains("<loc>" + canonical + "</loc>"), "the article is listed");
    assertTrue(sitemap.body().contains("/world-news/asia/</loc>"), "sections are listed");
    HttpResponse<String> news = get("sitemap-news.xml");
    assertEquals(200, news.statusCode());
    assertTrue(news.body().contains("<news:publication_date>"), news.body());
    assertEquals(200, get("sitemaps/articles-1.xml").statusCode());
    assertEquals(404, get("sitemaps/articles-999.xml").statusCode());
    assertEquals(404, get("sitemaps/whatever").statusCode());
    HttpResponse<String> robots = get("robots.txt");
    assertEquals(200, robots.statusCode());
    assertTrue(robots.body().contains("Sitemap: http"), robots.body());
    assertTrue(robots.body().contains("Disallow: /newsroom"), robots.body());
  }

  @Test
  void theMarketsPluginAddsItsSectionAndItsWidget() throws Exception {
    Document home = Jsoup.parse(get("").body());
    Element panel = home.selectFirst(".home-widgets [data-widget=markets-home] table");
    assertNotNull(panel, "the market panel on the home page");
    assertTrue(panel.select("tbody tr").size() >= 5);
    assertNotNull(panel.selectFirst("svg.sparkline polyline[points]"));
    HttpResponse<String> markets = get("business-finance/markets/");
    assertEquals(200, markets.statusCode(), "the plugin's section");
    Document page = Jsoup.parse(markets.body());
    assertEquals("Markets", page.selectFirst("main h1").text());
    assertNotNull(page.selectFirst(".sidebar [data-widget=markets]"), "its widget in the sidebar");
    assertEquals(200, get("static/plugins/markets.css").statusCode(), "its stylesheet");
    Document sports = Jsoup.parse(get("sports/").body());
    assertNull(sports.selectFirst("[data-widget=markets]"), "not on other sections");
  }

  @Test
  void picturesHaveVariantsAndLongCacheHeaders() throws Exception {
    Document home = Jsoup.parse(get("").body());
    Element img = home.selectFirst(".lead img, .card img");
    assertNotNull(img, "demo articles have pictures");
    assertTrue(img.attr("srcset").contains("300w"), img.attr("srcset"));
    String src = img.attr("src").substring(base.getPath().length());
    HttpResponse<String> picture = get(src);
    assertEquals(200, picture.statusCode());
    assertEquals("image/jpeg", picture.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        picture.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
    int traversal = get("media/..%2F..%2Fetc%2Fpasswd").statusCode();
    assertTrue(
        traversal == 400 || traversal == 404, "no way out of the media folder: " + traversal);
  }

  @Test
  void staticPagesAreListedInTheFooterAndServed() throws Exception {
    Document home = Jsoup.parse(get("").body());
    var links = home.select(".page-links a");
    assertEquals(
        java.util.List.of(
            "Education",
            "Lifestyle",
            "Technology & Startups",
            "About us",
            "Contact",
            "Advertise with Us",
            "Privacy & Policy"),
        links.eachText());
    HttpResponse<String> about = get("about-us");
    assertEquals(200, about.statusCode());
    assertEquals("About us", Jsoup.parse(about.body()).selectFirst("main h1").text());
  }

  @Test
  void tagsLeadToTheirArchive() throws Exception {
    String lead = demoArticle();
    Document article = Jsoup.parse(get(lead.substring(base.getPath().length())).body());
    Element tag = article.selectFirst(".tags a[rel=tag]");
    assertNotNull(tag, "demo articles are tagged");
    HttpResponse<String> archive = get(tag.attr("href").substring(base.getPath().length()));
    assertEquals(200, archive.statusCode());
    Document page = Jsoup.parse(archive.body());
    assertEquals(tag.text(), page.selectFirst("main h1").text());
    assertTrue(page.select(".card").size() >= 1);
    assertEquals(404, get("tag/no-such-tag/").statusCode());
  }

  @Test
  void menusAndFooterListTheSections() throws Exception {
    Document home = Jsoup.parse(get("").body());
    assertEquals(
        java.util.List.of("Education", "Lifestyle", "Technology & Startups"),
        home.select(".topmenu > ul > li.has-sub > a").eachText());
    var main = home.select(".mainnav .menu > li > a").eachText();
    assertEquals("Home", main.get(0));
    assertEquals(9, main.size(), main.toString());
    assertTrue(home.select(".mainnav .menu li.has-sub .sub a").eachText().contains("Asia"));
    var browse = home.select(".browse a").eachText();
    assertTrue(
        browse.contains("Uncategorized") && browse.contains("Asia") && browse.size() > 60,
        browse.toString());
    assertNotNull(home.selectFirst("link[rel=alternate][type=application/rss+xml]"));
    assertEquals(List.of("X", "RSS feed"), home.select(".footer .follow a").eachText());
    assertEquals("https://x.com/headline-it", home.selectFirst(".topbar .social a").attr("href"));
  }

  @Test
  void unknownAddressesAnswer404InTheSitesDesign() throws Exception {
    for (String path :
        new String[] {
          "no-such-page",
          "article/no-such-article",
          "a/b/c/d",
          "WEB-INF/web.xml",
          "WEB-INF/views/home.xhtml",
          "views/home.xhtml"
        }) {
      HttpResponse<String> response = get(path);
      assertEquals(404, response.statusCode(), path);
      Document page = Jsoup.parse(response.body());
      assertEquals("Page not found", page.selectFirst("main h1").text(), path);
      assertEquals("Headline Daily", page.selectFirst(".brand").text(), path);
      assertFalse(response.body().contains("Exception"), path);
    }
  }

  @Test
  void oddRequestsGetAClearAnswerNotAnError() throws Exception {
    assertEquals(400, get("article/%E4%B8").statusCode());
    HttpResponse<String> post =
        HTTP.send(
            HttpRequest.newBuilder(base.toURI().resolve("about-us"))
                .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  @Test
  void readersPagesAreStatelessNoSessionNoViewState() throws Exception {
    for (String path : new String[] {"", "about-us", "no-such-page"}) {
      HttpResponse<String> response = get(path);
      assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no cookie on " + path);
      assertFalse(response.body().contains("jakarta.faces.ViewState"), "no view state on " + path);
    }
    String article = Jsoup.parse(get("").body()).selectFirst(".lead h1 a").attr("href");
    HttpResponse<String> response = get(article.substring(base.getPath().length()));
    assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no cookie on an article");
    assertFalse(response.body().contains("jakarta.faces.ViewState"));
  }

  @Test
  void readinessIsUpWithTheDatabase() throws Exception {
    URI root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
    HttpResponse<String> ready =
        HTTP.send(
            HttpRequest.newBuilder(root.resolve("health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"database\""), ready.body());
    assertTrue(ready.body().contains("\"UP\""), ready.body());
  }

  /**
   * The newest article of the demo content on the home page: one with an author and tags. Other
   * test classes of the build share the database and publish articles of their own (without them).
   */
  private String demoArticle() throws IOException, InterruptedException {
    Document home = Jsoup.parse(get("").body());
    for (String href : home.select("main .lead h1 a, main .card h3 a").eachAttr("href")) {
      Document page = Jsoup.parse(get(href.substring(base.getPath().length())).body());
      if (page.selectFirst(".author-box .author-name a") != null
          && page.selectFirst(".tags a[rel=tag]") != null) {
        return href;
      }
    }
    throw new AssertionError("no demo article on the home page");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(base.toURI().resolve(path))
              .timeout(Duration.ofSeconds(30))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}

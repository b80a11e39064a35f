package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.data.DatabaseReady;
import dev.headline.core.data.SchemaMigrations;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.taxonomy.archive.ArchiveIndex;
import dev.headline.taxonomy.related.RelatedArticles;
import dev.headline.taxonomy.tree.api.Sections;
import dev.headline.taxonomy.tree.domain.TaxonomyException;
import dev.headline.taxonomy.tree.infrastructure.SectionSeeder;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin taxonomy inside the server: the default tree contributed from its data file, seeding
 * that editors' changes survive, the tree operations and their refusals, redirects after renames
 * and moves, archive pages over HTTP, and deep archive pages that read no more rows than the first.
 * Runs on H2, and again on PostgreSQL by the build's second failsafe execution.
 */
@ExtendWith(FreshPostgresSchema.class)
@ExtendWith(ArquillianExtension.class)
class TaxonomyIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Deployment
  static WebArchive war() {
    return Deployments.headlineWar().addClasses(TaxonomyIT.class, FreshPostgresSchema.class);
  }

  @ArquillianResource URL base;
  @Inject Taxonomy taxonomy;
  @Inject Sections sections;
  @Inject SectionSeeder seeder;
  @Inject ArchiveIndex archives;
  @Inject ArticleService articles;

  @Resource(lookup = SchemaMigrations.DATASOURCE)
  DataSource dataSource;

  @Test
  void theDefaultTreeIsContributedFromItsDataFile() {
    List<String> roots = taxonomy.roots().stream().map(Section::name).toList();
    assertTrue(
        roots.containsAll(
            List.of("World News", "Politics", "Technology & Startups", "Uncategorized")),
        roots.toString());
    Section asia = taxonomy.sectionAt(List.of("world-news", "asia")).orElseThrow();
    assertEquals("/world-news/asia/", asia.path());
    assertEquals(
        List.of("World News", "Asia"),
        taxonomy.breadcrumb(asia.id()).stream().map(Section::name).toList());
    assertEquals(
        10,
        taxonomy
            .children(taxonomy.sectionAt(List.of("technology-startups")).orElseThrow().id())
            .size());
    assertEquals(
        List.of("Education", "Lifestyle", "Technology & Startups"),
        taxonomy.menu("top").stream().map(Section::name).toList());
    assertEquals(8, taxonomy.menu("main").size());
  }

  @Test
  void seedingTwiceChangesNothingAndEditorsChangesStay() {
    int before = taxonomy.all().size();
    Section motorsport = taxonomy.sectionAt(List.of("sports", "motorsport")).orElseThrow();
    Section tennis = taxonomy.sectionAt(List.of("sports", "tennis")).orElseThrow();
    sections.delete(motorsport.id());
    sections.rename(tennis.id(), "Tennis & Padel", "tennis-padel");

    seeder.seed(new DatabaseReady("again"));
    seeder.seed(new DatabaseReady("and again"));

    assertEquals(before - 1, taxonomy.all().size(), "nothing duplicated, nothing brought back");
    assertTrue(taxonomy.sectionAt(List.of("sports", "motorsport")).isEmpty());
    assertTrue(taxonomy.sectionAt(List.of("sports", "tennis")).isEmpty());
    assertEquals(
        "Tennis & Padel",
        taxonomy.sectionAt(List.of("sports", "tennis-padel")).orElseThrow().name());
  }

  @Test
  void brokenOperationsAreRefusedWithAClearMessage() {
    Section world = taxonomy.sectionAt(List.of("world-news")).orElseThrow();
    Section europe = taxonomy.sectionAt(List.of("world-news", "europe")).orElseThrow();
    Section uncategorized = taxonomy.sectionAt(List.of("uncategorized")).orElseThrow();
    var cycle =
        assertThrows(TaxonomyException.class, () -> sections.move(world.id(), europe.id(), 0));
    assertTrue(cycle.getMessage().contains("World News"), cycle.getMessage());
    var duplicate =
        assertThrows(
            TaxonomyException.class, () -> sections.create(world.id(), "Asia", null, null));
    assertTrue(duplicate.getMessage().contains("already uses"), duplicate.getMessage());
    var fallback = assertThrows(TaxonomyException.class, () -> sections.delete(uncategorized.id()));
    assertTrue(fallback.getMessage().contains("cannot be deleted"), fallback.getMessage());
    assertEquals(
        world.id(), taxonomy.sectionAt(List.of("world-news")).orElseThrow().id(), "unchanged");
  }

  @Test
  void renamesAndMovesLeaveRedirectsBehind() throws Exception {
    Section world = taxonomy.sectionAt(List.of("world-news")).orElseThrow();
    Section politics = taxonomy.sectionAt(List.of("politics")).orElseThrow();
    long desk = sections.create(world.id(), "Field Desk", null, "Dispatches");
    Article story = publishedIn(desk, "Dispatch from the field desk");
    String first = "world-news/field-desk/" + story.getSlug();
    assertEquals(200, get(first).statusCode());

    sections.rename(desk, "Field Reports", "field-reports");
    assertRedirect(
        "world-news/field-desk/" + story.getSlug(), "/world-news/field-reports/" + story.getSlug());
    assertRedirect("world-news/field-desk/", "/world-news/field-reports/");

    sections.move(desk, politics.id(), 0);
    assertRedirect(
        "world-news/field-reports/" + story.getSlug(),
        "/politics/field-reports/" + story.getSlug());
    assertRedirect("world-news/field-desk/", "/politics/field-reports/");
    assertEquals(200, get("politics/field-reports/" + story.getSlug()).statusCode());

    articles.update(story.getId(), a -> a.setSlug("dispatch-renamed"));
    assertRedirect(
        "politics/field-reports/" + story.getSlug(), "/politics/field-reports/dispatch-renamed");
    assertRedirect("article/dispatch-renamed", "/politics/field-reports/dispatch-renamed");
  }

  @Test
  void deletingOrMergingASectionKeepsItsArticles() throws Exception {
    Section lifestyle = taxonomy.sectionAt(List.of("lifestyle")).orElseThrow();
    long cafes = sections.create(lifestyle.id(), "Cafés", null, null);
    long bakeries = sections.create(lifestyle.id(), "Bakeries", null, null);
    Article inCafes = publishedIn(cafes, "A morning in the cafés");
    Article inBakeries = publishedIn(bakeries, "Bread before dawn");

    sections.merge(cafes, bakeries);
    assertEquals(bakeries, taxonomy.primarySectionOf(inCafes.getId()).id());
    assertRedirect("lifestyle/cafes/", "/lifestyle/bakeries/");

    sections.delete(bakeries);
    assertEquals(lifestyle.id(), taxonomy.primarySectionOf(inCafes.getId()).id());
    assertEquals(lifestyle.id(), taxonomy.primarySectionOf(inBakeries.getId()).id());
    assertEquals(200, get("lifestyle/" + inBakeries.getSlug()).statusCode());
  }

  @Test
  void archivesPageWithLinksBetweenPages() throws Exception {
    Section europe = taxonomy.sectionAt(List.of("world-news", "europe")).orElseThrow();
    long desk = sections.create(europe.id(), "Paging Desk", null, null);
    for (int i = 0; i < 30; i++) {
      publishedIn(desk, "Paging story number " + i);
    }
    archives.renumberIfStale();

    HttpResponse<String> first = get("world-news/europe/paging-desk/");
    assertEquals(200, first.statusCode());
    assertEquals(12, count(first.body(), "class=\"card\""));
    assertTrue(
        first
            .body()
            .contains(
                "rel=\"next\" href=\""
                    + base.getPath()
                    + "world-news/europe/paging-desk/page/2\""));
    assertFalse(first.body().contains("rel=\"prev\""));
    HttpResponse<String> third = get("world-news/europe/paging-desk/page/3");
    assertEquals(200, third.statusCode());
    assertEquals(6, count(third.body(), "class=\"card\""));
    assertTrue(
        third
            .body()
            .contains(
                "rel=\"prev\" href=\""
                    + base.getPath()
                    + "world-news/europe/paging-desk/page/2\""));
    assertEquals(404, get("world-news/europe/paging-desk/page/4").statusCode());
    assertEquals(404, get("world-news/europe/paging-desk/page/0").statusCode());
    assertRedirect("world-news/europe/paging-desk/page/1", "/world-news/europe/paging-desk/");
    assertTrue(
        get("world-news/europe/").body().contains("Paging story number 29"),
        "the section includes its subsections");

    HttpResponse<String> feed = get("world-news/europe/paging-desk/feed");
    assertEquals(200, feed.statusCode());
    assertTrue(
        feed.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
    assertEquals(20, count(feed.body(), "<item>"));
    assertTrue(get("world-news/europe/paging-desk/").body().contains("application/rss+xml"));
  }

  @Test
  void page50ReadsNoMoreRowsThanPage1() throws Exception {
    Section africa = taxonomy.sectionAt(List.of("world-news", "africa")).orElseThrow();
    long desk = sections.create(africa.id(), "Deep Archive", null, null);
    bulkPublish(desk, 10_000);
    archives.markAllDirty();
    archives.renumberIfStale();

    List<Long> page1 = taxonomy.archive(desk, 1, 12).articleIds();
    List<Long> page50 = taxonomy.archive(desk, 50, 12).articleIds();
    assertEquals(12, page1.size());
    assertEquals(12, page50.size());
    assertEquals(10_000, taxonomy.archive(desk, 1, 12).total());

    long rows1 = rowsRead(desk, 1);
    long rows50 = rowsRead(desk, 50);
    assertTrue(rows50 <= rows1, "page 50 read " + rows50 + " rows, page 1 " + rows1);
    // An index range scan reads the page's rows and one more to find the end of the range.
    assertTrue(rows1 <= 13, "page 1 read " + rows1 + " rows");
    assertEquals(200, get("world-news/africa/deep-archive/page/50").statusCode());
  }

  /**
   * Every query a reader's page can trigger has an index to use on PostgreSQL: with sequential
   * scans priced out, a plan that still scans a whole table has no index to serve it.
   */
  @Test
  void readersQueriesHaveIndexesOnPostgresql() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        // Plans are PostgreSQL's: this test runs in the postgresql execution of the build.
        // (JUnit's assumptions abort as errors inside Arquillian's container.)
        return;
      }
      try (Statement s = c.createStatement()) {
        s.execute("set enable_seqscan = off");
      }
      Map<String, String> queries = new LinkedHashMap<>();
      queries.put("article by slug", "select * from article where slug = 'x'");
      queries.put(
          "latest",
          "select id from article where status = 'PUBLISHED' and published_at <= now()"
              + " order by status, published_at desc, id desc fetch first 20 rows only");
      queries.put(
          "previous post",
          "select id from article where status = 'PUBLISHED'"
              + " and published_at <= timestamptz '2026-01-01 00:00:00+00'"
              + " and (published_at < timestamptz '2026-01-01 00:00:00+00' or id < 5)"
              + " order by status, published_at desc, id desc fetch first 1 rows only");
      queries.put(
          "next post",
          "select id from article where status = 'PUBLISHED'"
              + " and published_at >= timestamptz '2026-01-01 00:00:00+00' and published_at <= now()"
              + " and (published_at > timestamptz '2026-01-01 00:00:00+00' or id > 5)"
              + " order by status, published_at, id fetch first 1 rows only");
      queries.put(
          "archive page",
          ArchiveIndex.pageSql("article_category", "category_id")
              .replaceFirst("\\?", "1")
              .replaceFirst("\\?", "1")
              .replaceFirst("\\?", "12"));
      queries.put(
          "tag page",
          ArchiveIndex.pageSql("article_tag", "tag_id")
              .replaceFirst("\\?", "1")
              .replaceFirst("\\?", "1")
              .replaceFirst("\\?", "12"));
      queries.put(
          "primary section",
          "select category_id from article_category where kind = 'P' and article_id = 1");
      queries.put("tags of an article", "select tag_id from article_tag where article_id = 1");
      queries.put(
          "related: same section",
          RelatedArticles.SAME_SECTION
              .replace("<= ?", "<= now()")
              .replace("<> ?", "<> 1")
              .replace("= ?", "= 1"));
      queries.put(
          "related: shared tags",
          RelatedArticles.SHARED_TAGS
              .replace("<= ?", "<= now()")
              .replace("<> ?", "<> 1")
              .replace("= ?", "= 1"));
      queries.put(
          "author's articles",
          "select a.id from article a join article_author aa on aa.article_id = a.id"
              + " where aa.author_id = 1 and a.status = 'PUBLISHED' and a.published_at <= now()"
              + " order by a.published_at desc, a.id desc fetch first 12 rows only");
      queries.put(
          "approved comments of an article",
          "select id from reader_comment where article_id = 1 and status = 'APPROVED'"
              + " order by created_at, id");
      queries.put(
          "most commented window",
          "select article_id, count(*) from reader_comment where status = 'APPROVED'"
              + " and created_at >= now() - interval '30 days' group by article_id");
      queries.put(
          "live updates of a story",
          "select id from live_update where article_id = 1 order by id desc fetch first 200 rows only");
      queries.put("account by username", "select id from account where username_key = 'x'");
      List<String> scans = new ArrayList<>();
      for (var query : queries.entrySet()) {
        StringBuilder plan = new StringBuilder();
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("explain " + query.getValue())) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
        if (plan.toString().contains("Seq Scan")) {
          scans.add(query.getKey() + ":\n" + plan);
        }
      }
      assertTrue(scans.isEmpty(), "queries without an index:\n" + String.join("\n", scans));
    }
  }

  // ---- helpers ----

  private Article publishedIn(long sectionId, String title) {
    Article article = articles.createDraft(title, a -> a.setBody("<p>" + title + ".</p>"));
    sections.file(article.getId(), sectionId, List.of(), List.of());
    return articles.publish(article.getId());
  }

  /** 10,000 published articles filed under a section, written with JDBC batches. */
  private void bulkPublish(long sectionId, int count) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      List<Long> ancestors = new ArrayList<>();
      taxonomy.breadcrumb(sectionId).forEach(s -> ancestors.add(s.id()));
      long firstId;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select max(id) from article")) {
        rs.next();
        firstId = rs.getLong(1) + 1_000_000;
      }
      Instant start = Instant.parse("2020-01-01T00:00:00Z");
      try (PreparedStatement article =
              c.prepareStatement(
                  "insert into article (id, slug, title, body, language, status, published_at,"
                      + " reading_minutes, word_count, created_at, updated_at, version)"
                      + " values (?, ?, ?, '<p>Archive.</p>', 'en', 'PUBLISHED', ?, 1, 1, ?, ?, 1)");
          PreparedStatement link =
              c.prepareStatement(
                  "insert into article_category (article_id, category_id, kind, published_at)"
                      + " values (?, ?, ?, ?)")) {
        for (int i = 0; i < count; i++) {
          long id = firstId + i;
          var when = start.plusSeconds(3600L * i).atOffset(ZoneOffset.UTC);
          article.setLong(1, id);
          article.setString(2, "deep-archive-" + id);
          article.setString(3, "Deep archive story " + i);
          article.setObject(4, when);
          article.setObject(5, when);
          article.setObject(6, when);
          article.addBatch();
          for (long category : ancestors) {
            link.setLong(1, id);
            link.setLong(2, category);
            link.setString(3, category == sectionId ? "P" : "A");
            link.setObject(4, when);
            link.addBatch();
          }
          if (i % 1000 == 999) {
            article.executeBatch();
            link.executeBatch();
          }
        }
        article.executeBatch();
        link.executeBatch();
      }
    }
  }

  /** Rows the database reads for an archive page, from its own plan with actual counts. */
  private long rowsRead(long sectionId, int page) throws Exception {
    long total = taxonomy.archive(sectionId, 1, 12).total();
    long high = total - (page - 1) * 12L;
    long low = high - 11;
    String sql = ArchiveIndex.pageSql("article_category", "category_id");
    try (Connection c = dataSource.getConnection()) {
      boolean postgres =
          c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      String explain = postgres ? "explain (analyze, format text) " : "explain analyze ";
      try (PreparedStatement ps = c.prepareStatement(explain + sql)) {
        ps.setLong(1, sectionId);
        ps.setLong(2, low);
        ps.setLong(3, high);
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
        String text = plan.toString();
        assertTrue(
            text.toLowerCase().contains("article_category_archive_ix"),
            "uses the archive index:\n" + text);
        Matcher rows =
            Pattern.compile(
                    postgres
                        ? "actual time=[0-9.]+\\.\\.[0-9.]+ rows=([0-9]+)"
                        : "scanCount: ([0-9]+)")
                .matcher(text);
        long max = 0;
        while (rows.find()) {
          max = Math.max(max, Long.parseLong(rows.group(1)));
        }
        assertTrue(max > 0, "row counts in the plan:\n" + text);
        return max;
      }
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void assertRedirect(String from, String to) throws Exception {
    HttpResponse<String> response = get(from);
    assertEquals(301, response.statusCode(), from);
    String location = response.headers().firstValue("Location").orElse("");
    assertTrue(
        location.endsWith(base.getPath().replaceAll("/$", "") + to), from + " -> " + location);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}

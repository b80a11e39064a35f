package dev.headline.plugins.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.core.spi.SearchHit;
import dev.headline.core.spi.SearchHit.Fragment;
import dev.headline.core.spi.SearchQuery;
import dev.headline.core.spi.SearchResults;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on a real folder: ranking, snippets, odd queries, pages, changes. */
class LuceneIndexTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  @TempDir Path folder;
  private LuceneIndex index;

  @BeforeEach
  void open() throws IOException {
    index = open(folder);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private static LuceneIndex open(Path folder) throws IOException {
    LuceneIndex.Locator locator =
        new LuceneIndex.Locator() {
          @Override
          public String path(long articleId, String slug) {
            return "/news/" + slug;
          }

          @Override
          public String sectionName(long articleId) {
            return "News";
          }
        };
    return new LuceneIndex(folder, locator, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static IndexedArticle article(long id, String title, String html, Duration age) {
    return new IndexedArticle(
        id,
        "story-" + id,
        title,
        null,
        IndexedArticle.plainText(html),
        "World News",
        NOW.minus(age),
        NOW.minus(age),
        id % 2 == 0 ? "photo-" + id + ".jpg" : null);
  }

  private void put(IndexedArticle... articles) throws IOException {
    for (IndexedArticle article : articles) {
      index.put(article);
    }
    index.commit(Map.of());
  }

  private List<Long> ids(String text) {
    return index.search(new SearchQuery(text, 1, 10)).hits().stream()
        .map(SearchHit::articleId)
        .toList();
  }

  @Test
  void aTitleMatchOutranksABodyMatchAndNewerWinsAmongEquals() throws IOException {
    put(
        article(1, "Council meets", "<p>The harbour was quiet.</p>", Duration.ofDays(1)),
        article(2, "Harbour reopens", "<p>Ships are back.</p>", Duration.ofDays(40)),
        article(3, "Budget vote", "<p>The harbour was quiet.</p>", Duration.ofDays(60)),
        article(4, "Weather", "<p>Rain all day.</p>", Duration.ofDays(0)));

    assertEquals(List.of(2L, 1L, 3L), ids("harbour"));
    assertEquals(List.of(2L), ids("HARBOUR reopens"), "every word must match; case ignored");
    assertEquals(List.of(), ids("harbour rain"));
  }

  @Test
  void recencyOrdersOtherwiseEqualMatches() throws IOException {
    put(
        article(1, "Election night", "<p>Results.</p>", Duration.ofDays(300)),
        article(2, "Election night", "<p>Results.</p>", Duration.ofDays(2)),
        article(3, "Election night", "<p>Results.</p>", Duration.ofDays(30)));

    assertEquals(List.of(2L, 3L, 1L), ids("election"));
  }

  @Test
  void snippetsMarkMatchesAndCarryTheArticleTextAsPlainData() throws IOException {
    String body =
        "<p>First sentence about nothing.</p>"
            + "<p>Police said &lt;script&gt;alert(1)&lt;/script&gt; was found near the harbour"
            + " wall.</p><script>document.write('not text')</script>";
    put(article(1, "Report", body, Duration.ofDays(1)));

    SearchHit hit = index.search(new SearchQuery("<script>harbour", 1, 10)).hits().get(0);
    List<Fragment> snippet = hit.snippet();
    List<String> marked = snippet.stream().filter(Fragment::match).map(Fragment::text).toList();
    assertTrue(marked.contains("harbour"), "marked: " + marked);
    assertTrue(marked.contains("script"), "marked: " + marked);
    assertTrue(hit.snippetText().contains("<script>alert(1)</script>"), hit.snippetText());
    assertFalse(hit.snippetText().contains("not text"), "script elements are not text");
    assertEquals("/news/story-1", hit.path());
    assertEquals("News", hit.sectionName());
    assertEquals(NOW.minus(Duration.ofDays(1)), hit.publishedAt());
  }

  @Test
  void aPhraseIsOneMark() throws IOException {
    put(article(1, "Rates", "<p>Today the central  bank held rates.</p>", Duration.ofDays(1)));

    List<Fragment> snippet =
        index.search(new SearchQuery("central bank", 1, 10)).hits().get(0).snippet();
    assertEquals(
        List.of(
            new Fragment("Today the ", false),
            new Fragment("central bank", true),
            new Fragment(" held rates.", false)),
        snippet);
  }

  @Test
  void aLongBodyGivesAShortSnippetAroundTheMatch() throws IOException {
    String filler = "word ".repeat(400);
    put(
        article(
            1,
            "Long read",
            "<p>" + filler + "the lighthouse keeper " + filler + "</p>",
            Duration.ZERO));

    SearchHit hit = index.search(new SearchQuery("lighthouse", 1, 10)).hits().get(0);
    assertTrue(hit.snippetText().length() < 400, hit.snippetText());
    assertTrue(hit.snippet().stream().anyMatch(f -> f.match() && f.text().equals("lighthouse")));
  }

  @Test
  void oddAndHostileQueriesGiveAPageAndNeverThrow() throws IOException {
    put(
        article(1, "Markets rally", "<p>Stocks rose.</p>", Duration.ofDays(1)),
        article(2, "東京の市場", "<p>株価が上昇した 🚀 שלום עולם</p>", Duration.ofDays(1)));
    List<String> queries =
        List.of(
            "",
            "   ",
            "\"unbalanced",
            "AND OR NOT",
            "*",
            "?",
            "~",
            "title:markets",
            "markets~2",
            "(((",
            ")",
            "[1 TO 5]",
            "\\",
            "/regex/",
            "+-!&&||^",
            "x".repeat(5000),
            "markets ".repeat(1000),
            "🚀🚀🚀",
            "東京",
            "שלום",
            "\u0000\uFFFF\uD800");
    for (String text : queries) {
      SearchResults results = index.search(new SearchQuery(text, 1, 10));
      assertTrue(results.total() >= 0, text);
      index.suggest(text, 5);
    }
    assertEquals(List.of(1L), ids("rally:markets"), "field syntax is just words");
    assertEquals(List.of(1L), ids("\"markets"));
    assertEquals(List.of(2L), ids("東京"));
    assertEquals(List.of(2L), ids("שלום"));
    assertEquals(List.of(1L), ids("markets ".repeat(1000)));
  }

  @Test
  void pagesSplitTheResultsAndReportTheTotal() throws IOException {
    for (long id = 1; id <= 25; id++) {
      index.put(article(id, "Tide table " + id, "<p>Tides.</p>", Duration.ofHours(id)));
    }
    index.commit(Map.of());

    SearchResults first = index.search(new SearchQuery("tide", 1, 10));
    assertEquals(25, first.total());
    assertTrue(first.exact());
    assertEquals(3, first.pages());
    assertTrue(first.hasNext());
    assertEquals(1L, first.hits().get(0).articleId(), "the newest first");
    SearchResults third = index.search(new SearchQuery("tide", 3, 10));
    assertEquals(5, third.hits().size());
    assertFalse(third.hasNext());
    assertEquals(25L, third.hits().get(4).articleId());
    assertTrue(index.search(new SearchQuery("tide", 4, 10)).hits().isEmpty());
  }

  @Test
  void broadQueriesCountExactlyUpToAThousandAndGiveALowerBoundBeyond() throws IOException {
    for (long id = 1; id <= 1500; id++) {
      index.put(article(id, "Tide table " + id, "<p>Tides.</p>", Duration.ofHours(id)));
    }
    index.commit(Map.of());

    SearchResults results = index.search(new SearchQuery("tide", 2, 10));
    assertEquals(10, results.hits().size());
    if (results.exact()) {
      assertEquals(1500, results.total());
    } else {
      assertTrue(results.total() >= LuceneIndex.COUNT_EXACTLY && results.total() <= 1500);
    }
    assertEquals(11L, results.hits().get(0).articleId(), "the newest first, page 2");
  }

  @Test
  void suggestionsTreatTheLastWordAsAPrefix() throws IOException {
    put(
        article(1, "Central bank holds rates", "<p>Text.</p>", Duration.ofDays(1)),
        article(2, "Centre court", "<p>Tennis.</p>", Duration.ofDays(2)),
        article(3, "Weather", "<p>Rain.</p>", Duration.ofDays(3)));

    assertEquals(
        List.of(1L, 2L), index.suggest("cent", 5).stream().map(SearchHit::articleId).toList());
    assertEquals(
        List.of(1L), index.suggest("bank cen", 5).stream().map(SearchHit::articleId).toList());
    assertEquals(1, index.suggest("cent", 1).size());
    assertTrue(index.suggest("zzzqqq", 5).isEmpty());
    assertEquals(
        List.of(2L),
        index.suggest("tennis cou", 5).stream().map(SearchHit::articleId).toList(),
        "a finished word is searched in the body too");
    assertTrue(
        index.suggest("tenn", 5).isEmpty(), "a prefix only in titles, standfirsts, sections");
    assertEquals("photo-2.jpg", index.suggest("court", 5).get(0).imageFile());
  }

  private List<Long> suggested(String text) {
    return index.suggest(text, 5).stream().map(SearchHit::articleId).toList();
  }

  @Test
  void suggestionsFindBeginningsOfAnyLengthAndRankTitlesFirst() throws IOException {
    String longWord = "Pneumonoultramicroscopicsilicovolcanoconiosis";
    put(
        article(1, "Harbour reopens", "<p>Text.</p>", Duration.ofDays(1)),
        article(2, longWord + " cases rise", "<p>Text.</p>", Duration.ofDays(2)),
        new IndexedArticle(
            3,
            "story-3",
            "Ferry timetable",
            "The harbour master explains",
            "Text.",
            "Travel",
            NOW.minus(Duration.ofDays(0)),
            NOW,
            null));

    assertEquals(List.of(1L, 3L), suggested("har"), "a title match before a standfirst match");
    assertEquals(List.of(3L), suggested("tra"), "the section's name counts");
    assertEquals(List.of(2L), suggested(longWord.substring(0, 30)), "longer than indexed");
    assertEquals(List.of(2L), suggested(longWord), "the whole long word");
    assertEquals(List.of(), suggested(longWord.substring(0, 30) + "x"));
    assertEquals(List.of(), suggested("harx"));
  }

  @Test
  void rememberedSuggestionsFollowChangesToTheIndex() throws IOException {
    put(article(1, "Central bank holds rates", "<p>Text.</p>", Duration.ofDays(1)));
    assertEquals(List.of(1L), suggested("cent"));
    assertEquals(List.of(1L), suggested("Cent"), "asked again, from memory");

    put(article(2, "Centre court", "<p>Tennis.</p>", Duration.ofDays(0)));
    assertEquals(List.of(2L, 1L), suggested("cent"), "an indexed change is seen at once");
    index.remove(1);
    index.commit(Map.of());
    assertEquals(List.of(2L), suggested("cent"));
    assertEquals(
        "/news/story-2", index.suggest("cent", 5).get(0).path(), "paths are asked each time");
  }

  @Test
  void updatesReplaceAndRemovalsDelete() throws IOException {
    put(article(1, "Old headline", "<p>Text.</p>", Duration.ofDays(1)));
    assertEquals(List.of(1L), ids("old"));

    put(article(1, "New headline", "<p>Text.</p>", Duration.ofDays(1)));
    assertEquals(List.of(), ids("old"));
    assertEquals(List.of(1L), ids("new"));
    assertEquals(1, index.size());

    index.remove(1);
    index.commit(Map.of());
    assertEquals(List.of(), ids("new"));
    assertEquals(0, index.size());
  }

  @Test
  void theMarkerAndTheDocumentsOutliveAReopen() throws IOException {
    put(article(1, "Kept", "<p>Text.</p>", Duration.ofDays(1)));
    index.commit(Map.of("articles", "1"));
    index.close();

    index = open(folder);
    assertEquals(Map.of("articles", "1", "format", LuceneIndex.FORMAT), index.marker());
    assertEquals(List.of(1L), ids("kept"));
  }

  @Test
  void aRebuildSwapsTheContentAtCommit() throws IOException {
    put(article(1, "Before", "<p>Text.</p>", Duration.ofDays(1)));
    index.clear();
    index.put(article(2, "After", "<p>Text.</p>", Duration.ofDays(1)));
    assertEquals(List.of(1L), ids("before"), "searches see the old index until the commit");
    index.commit(Map.of());
    assertEquals(List.of(), ids("before"));
    assertEquals(List.of(2L), ids("after"));
  }

  @Test
  void plainTextDropsMarkupAndDecodesEntities() {
    assertEquals(
        "Fish & chips <b> cost 5 €.",
        IndexedArticle.plainText(
                "<p>Fish &amp; chips</p>\n<p>&lt;b&gt; <em>cost</em> 5&nbsp;&euro;.</p>"
                    + "<style>p{}</style>")
            .replace('\u00a0', ' '));
    assertEquals("", IndexedArticle.plainText(null));
  }
}

package dev.headline.plugins.search.lucene;

import dev.headline.core.spi.SearchHit;
import dev.headline.core.spi.SearchHit.Fragment;
import dev.headline.core.spi.SearchQuery;
import dev.headline.core.spi.SearchResults;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The article index on disk: one {@link IndexWriter} for every change and a {@link SearcherManager}
 * that hands each query a consistent, recently refreshed view. Safe for any number of threads:
 * Lucene serialises writes itself, and the searcher is refreshed after each change has been
 * committed. Knows nothing of CDI or JPA, so that unit tests drive it on a temporary folder.
 *
 * <h2>Queries</h2>
 *
 * Readers' text is never parsed as query syntax: it is cut into words by the {@link
 * ReaderAnalyzer}, and every word must occur in the title, standfirst, body or section name
 * (weighted in that order). Several words also score as a phrase. Newer articles get a bonus that
 * halves at {@link #RECENCY_PIVOT} of age, so among similar matches the newest comes first.
 */
final class LuceneIndex implements Closeable {

  /** Where a hit's URL and section come from, asked at query time because sections move. */
  interface Locator {
    /** The URL path of an article, for example {@code /world-news/asia/<slug>}. */
    String path(long articleId, String slug);

    /** The name of the article's primary section, or {@code null}. */
    String sectionName(long articleId);
  }

  /** Bumped when the document layout changes, which makes older indexes stale. */
  static final String FORMAT = "1";

  /** Most words of a query that count; the rest are ignored. */
  static final int MAX_TERMS = 16;

  static final Duration RECENCY_PIVOT = Duration.ofDays(30);

  private static final float RECENCY_WEIGHT = 1.5f;
  private static final int SNIPPET_CHARS = 240;

  private static final String ID = "id";
  private static final String SLUG = "slug";
  private static final String TITLE = "title";
  private static final String STANDFIRST = "standfirst";
  private static final String BODY = "body";
  private static final String SECTION = "section";
  private static final String PUBLISHED = "published";
  private static final String UPDATED = "updated";
  private static final String IMAGE = "image";

  private static final Map<String, Float> WEIGHTS =
      Map.of(TITLE, 4f, STANDFIRST, 2f, BODY, 1f, SECTION, 1f);

  /** Text indexed with offsets, so highlighting reads them instead of analysing again. */
  private static final FieldType STORED_TEXT = new FieldType(TextField.TYPE_STORED);

  static {
    STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    STORED_TEXT.freeze();
  }

  private final Analyzer analyzer = new ReaderAnalyzer();
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Locator locator;
  private final Clock clock;

  /**
   * Opens the index in a folder, creating it when missing.
   *
   * @throws IOException when the folder cannot be written or another process holds its lock
   */
  LuceneIndex(Path folder, Locator locator, Clock clock) throws IOException {
    this.locator = locator;
    this.clock = clock;
    this.directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    IndexWriter opened;
    try {
      opened = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    this.writer = opened;
    this.searchers = new SearcherManager(writer, null);
  }

  /** The key-value marker stored with the last commit (empty for a new index). */
  Map<String, String> marker() {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  /** How many articles the index holds. */
  int size() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds an article or replaces its earlier version. Call {@link #commit} to make it visible. */
  void put(IndexedArticle article) throws IOException {
    writer.updateDocument(new Term(ID, Long.toString(article.id())), document(article));
  }

  /** Removes an article, if it is there. Call {@link #commit} to make it visible. */
  void remove(long articleId) throws IOException {
    writer.deleteDocuments(new Term(ID, Long.toString(articleId)));
  }

  /** Empties the index (for a rebuild); readers see the old content until {@link #commit}. */
  void clear() throws IOException {
    writer.deleteAll();
  }

  /** Makes the changes so far durable and visible to searches, with a new marker. */
  void commit(Map<String, String> marker) throws IOException {
    Map<String, String> data = new HashMap<>(marker);
    data.put("format", FORMAT);
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** A page of results; never throws for any text. */
  SearchResults search(SearchQuery query) {
    List<String> terms = terms(query.text());
    if (terms.isEmpty()) {
      return SearchResults.none(query);
    }
    Query text = textQuery(terms, false);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        int wanted = query.page() * query.size();
        TopDocs top =
            searcher.search(
                ranked(text), new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
        int from = (query.page() - 1) * query.size();
        int to = Math.min(top.scoreDocs.length, wanted);
        if (from >= to) {
          return new SearchResults(query, List.of(), top.totalHits.value);
        }
        int[] docs = new int[to - from];
        for (int i = from; i < to; i++) {
          docs[i - from] = top.scoreDocs[i].doc;
        }
        Object[] snippets = snippets(searcher, text, docs);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
          hits.add(hit(searcher, docs[i], fragments(snippets[i])));
        }
        return new SearchResults(query, hits, top.totalHits.value);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The best few matches for text being typed, its last word a prefix; without snippets. */
  List<SearchHit> suggest(String text, int limit) {
    List<String> terms = terms(new SearchQuery(text, 1, 1).text());
    if (terms.isEmpty() || limit < 1) {
      return List.of();
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        ScoreDoc[] top = searcher.search(ranked(textQuery(terms, true)), limit).scoreDocs;
        List<SearchHit> hits = new ArrayList<>(top.length);
        for (ScoreDoc doc : top) {
          hits.add(hit(searcher, doc.doc, List.of()));
        }
        return hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.close();
    } finally {
      directory.close();
    }
  }

  /** Whether a folder holds a committed index. */
  static boolean exists(Path folder) {
    try (Directory dir = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(dir);
    } catch (IOException e) {
      return false;
    }
  }

  /** The words of a reader's text as the index holds them, at most {@link #MAX_TERMS}. */
  List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < MAX_TERMS) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does not fail
    }
    return terms;
  }

  /** Every word must match somewhere; the last one as a prefix when the reader is still typing. */
  private static Query textQuery(List<String> terms, boolean lastIsPrefix) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < terms.size(); i++) {
      boolean prefix = lastIsPrefix && i == terms.size() - 1;
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      for (Map.Entry<String, Float> field : WEIGHTS.entrySet()) {
        Term term = new Term(field.getKey(), terms.get(i));
        Query one = prefix ? new PrefixQuery(term) : new TermQuery(term);
        anyField.add(new BoostQuery(one, field.getValue()), Occur.SHOULD);
      }
      all.add(anyField.build(), Occur.MUST);
    }
    if (terms.size() > 1 && !lastIsPrefix) {
      all.add(
          new BoostQuery(new PhraseQuery(2, TITLE, terms.toArray(String[]::new)), 4f),
          Occur.SHOULD);
      all.add(new PhraseQuery(2, BODY, terms.toArray(String[]::new)), Occur.SHOULD);
    }
    return all.build();
  }

  private Query ranked(Query text) {
    return new BooleanQuery.Builder()
        .add(text, Occur.MUST)
        .add(
            LongPoint.newDistanceFeatureQuery(
                PUBLISHED, RECENCY_WEIGHT, clock.millis(), RECENCY_PIVOT.toMillis()),
            Occur.SHOULD)
        .build();
  }

  private Object[] snippets(IndexSearcher searcher, Query text, int[] docs) throws IOException {
    Highlighter highlighter =
        new Highlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter(SNIPPET_CHARS))
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .withMaxLength(100_000));
    Map<String, Object[]> byField =
        highlighter.objects(new String[] {BODY, STANDFIRST}, text, docs, new int[] {1, 1});
    Object[] body = byField.get(BODY);
    Object[] standfirst = byField.get(STANDFIRST);
    Object[] out = new Object[docs.length];
    for (int i = 0; i < docs.length; i++) {
      // The standfirst when only it matched, else the body's best sentence.
      out[i] = hasMatch(body[i]) || !hasMatch(standfirst[i]) ? body[i] : standfirst[i];
    }
    return out;
  }

  private static boolean hasMatch(Object snippet) {
    return fragments(snippet).stream().anyMatch(Fragment::match);
  }

  @SuppressWarnings("unchecked")
  private static List<Fragment> fragments(Object snippet) {
    return snippet instanceof List<?> list ? (List<Fragment>) list : List.of();
  }

  private SearchHit hit(IndexSearcher searcher, int doc, List<Fragment> snippet)
      throws IOException {
    Document stored = searcher.storedFields().document(doc);
    long id = Long.parseLong(stored.get(ID));
    return new SearchHit(
        id,
        stored.get(TITLE),
        locator.path(id, stored.get(SLUG)),
        locator.sectionName(id),
        Instant.ofEpochMilli(stored.getField(PUBLISHED).numericValue().longValue()),
        snippet,
        stored.get(IMAGE));
  }

  private static Document document(IndexedArticle article) {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
    doc.add(new StoredField(SLUG, article.slug()));
    doc.add(new Field(TITLE, article.title(), STORED_TEXT));
    if (article.standfirst() != null) {
      doc.add(new Field(STANDFIRST, article.standfirst(), STORED_TEXT));
    }
    doc.add(new Field(BODY, article.bodyText(), STORED_TEXT));
    if (article.sectionName() != null) {
      doc.add(new TextField(SECTION, article.sectionName(), Field.Store.NO));
    }
    long published = article.publishedAt().toEpochMilli();
    doc.add(new LongPoint(PUBLISHED, published));
    doc.add(new NumericDocValuesField(PUBLISHED, published));
    doc.add(new StoredField(PUBLISHED, published));
    doc.add(new StoredField(UPDATED, article.updatedAt().toEpochMilli()));
    if (article.imageFile() != null) {
      doc.add(new StoredField(IMAGE, article.imageFile()));
    }
    return doc;
  }

  /** Opens the highlighter's object-returning method, which Lucene keeps protected. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(Builder builder) {
      super(builder);
    }

    Map<String, Object[]> objects(String[] fields, Query query, int[] docs, int[] passages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docs, passages);
    }
  }

  /** Reads the marker of the last commit in a folder without opening a writer (for tests). */
  static Map<String, String> committedMarker(Path folder) throws IOException {
    try (Directory dir = FSDirectory.open(folder)) {
      return SegmentInfos.readLatestCommit(dir).getUserData();
    }
  }
}

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
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
 *
 * <p>Live search ({@link #suggest}) takes the last word as the beginning of a word. Titles,
 * standfirsts and section names are also indexed as the beginnings of their words (see {@link
 * PrefixAnalyzer}), so that beginning is one term to look up rather than a prefix expanding to
 * thousands of words; the answers are remembered until the index changes.
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
  static final String FORMAT = "2";

  /** Most words of a query that count; the rest are ignored. */
  static final int MAX_TERMS = 16;

  static final Duration RECENCY_PIVOT = Duration.ofDays(30);

  /**
   * Matches are counted exactly up to here; past it Lucene may skip documents that cannot reach the
   * page, which makes broad queries several times faster, and the total is a lower bound.
   */
  static final int COUNT_EXACTLY = 1000;

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

  /** The stored fields a hit shows: not the body, which is long and read only for snippets. */
  private static final Set<String> HIT_FIELDS = Set.of(ID, SLUG, TITLE, PUBLISHED, IMAGE);

  private static final Map<String, Float> WEIGHTS =
      Map.of(TITLE, 4f, STANDFIRST, 2f, BODY, 1f, SECTION, 1f);

  /** The fields whose word beginnings live search looks up, with their weights. */
  private static final Map<String, Float> PREFIX_WEIGHTS =
      Map.of(TITLE, 4f, STANDFIRST, 2f, SECTION, 1f);

  /** Word beginnings: indexed only (no frequencies, positions or norms), never stored. */
  private static final FieldType BEGINNINGS = new FieldType();

  static {
    BEGINNINGS.setTokenized(true);
    BEGINNINGS.setIndexOptions(IndexOptions.DOCS);
    BEGINNINGS.setOmitNorms(true);
    BEGINNINGS.freeze();
  }

  /** Text indexed with offsets, so highlighting reads them instead of analysing again. */
  private static final FieldType STORED_TEXT = new FieldType(TextField.TYPE_STORED);

  static {
    STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    STORED_TEXT.freeze();
  }

  /**
   * Live search asks the same few prefixes over and over ("ma", "mar", "mark" as everyone types
   * "market"): the hits of each are kept for the searcher that found them, by default at most this
   * many.
   */
  static final int REMEMBERED_ANSWERS = 10_000;

  /** Remembered live-search answers are dropped after this long, and at every index change. */
  static final long REMEMBERED_MILLIS = 60_000;

  /** What live search keeps of a hit; the URL and section are asked at answer time. */
  private record Suggested(long id, String slug, String title, long published, String image) {}

  /** Live-search answers found with one index reader, by limit and words. */
  private record Remembered(IndexReader reader, long since, Map<String, List<Suggested>> answers) {}

  private volatile Remembered remembered;

  private final Analyzer analyzer = new PrefixAnalyzer();
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Locator locator;
  private final Clock clock;
  private final int rememberedAnswers;

  /**
   * Opens the index in a folder, creating it when missing.
   *
   * @throws IOException when the folder cannot be written or another process holds its lock
   */
  LuceneIndex(Path folder, Locator locator, Clock clock) throws IOException {
    this(folder, locator, clock, REMEMBERED_ANSWERS);
  }

  /**
   * Opens the index in a folder, creating it when missing, remembering at most {@code
   * rememberedAnswers} live-search answers per index version (0: none).
   *
   * @throws IOException when the folder cannot be written or another process holds its lock
   */
  LuceneIndex(Path folder, Locator locator, Clock clock, int rememberedAnswers) throws IOException {
    this.locator = locator;
    this.clock = clock;
    this.rememberedAnswers = rememberedAnswers;
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
                ranked(text),
                new TopScoreDocCollectorManager(wanted, Math.max(wanted, COUNT_EXACTLY)));
        int from = (query.page() - 1) * query.size();
        int to = Math.min(top.scoreDocs.length, wanted);
        if (from >= to) {
          return new SearchResults(query, List.of(), top.totalHits.value, exact(top));
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
        return new SearchResults(query, hits, top.totalHits.value, exact(top));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean exact(TopDocs top) {
    return top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
  }

  /** The best few matches for text being typed, its last word a prefix; without snippets. */
  List<SearchHit> suggest(String text, int limit) {
    List<String> terms = terms(new SearchQuery(text, 1, 1).text());
    if (terms.isEmpty() || limit < 1) {
      return List.of();
    }
    String key = limit + " " + String.join(" ", terms);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Remembered remembered = remembered(searcher);
        List<Suggested> found = remembered.answers().get(key);
        if (found == null) {
          ScoreDoc[] top = searcher.search(ranked(textQuery(terms, true)), limit).scoreDocs;
          found = new ArrayList<>(top.length);
          for (ScoreDoc doc : top) {
            Document stored = searcher.storedFields().document(doc.doc, HIT_FIELDS);
            found.add(
                new Suggested(
                    Long.parseLong(stored.get(ID)),
                    stored.get(SLUG),
                    stored.get(TITLE),
                    stored.getField(PUBLISHED).numericValue().longValue(),
                    stored.get(IMAGE)));
          }
          if (remembered.answers().size() < rememberedAnswers) {
            remembered.answers().put(key, found);
          }
        }
        List<SearchHit> hits = new ArrayList<>(found.size());
        for (Suggested one : found) {
          hits.add(
              new SearchHit(
                  one.id(),
                  one.title(),
                  locator.path(one.id(), one.slug()),
                  locator.sectionName(one.id()),
                  Instant.ofEpochMilli(one.published()),
                  List.of(),
                  one.image()));
        }
        return hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The answers remembered for this searcher, or a new empty set when the index has changed since
   * or the set is older than {@link #REMEMBERED_MILLIS} (recency moves on).
   */
  private Remembered remembered(IndexSearcher searcher) {
    Remembered current = remembered;
    long now = clock.millis();
    if (current == null
        || current.reader() != searcher.getIndexReader()
        || now - current.since() > REMEMBERED_MILLIS
        || now < current.since()) {
      current = new Remembered(searcher.getIndexReader(), now, new ConcurrentHashMap<>());
      remembered = current;
    }
    return current;
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

  /**
   * Every word must match somewhere; the last one (of two letters or more) as a prefix of a word in
   * the title, standfirst or section when the reader is still typing.
   */
  private static Query textQuery(List<String> terms, boolean lastIsPrefix) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < terms.size(); i++) {
      boolean prefix = lastIsPrefix && i == terms.size() - 1 && terms.get(i).length() >= 2;
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      if (prefix) {
        // Not in bodies: a prefix there matches too much to help, and the reader sees titles.
        // Finished words still search the body. Every field that has the prefix adds its weight,
        // as a word does, whatever the word it begins.
        for (Map.Entry<String, Float> field : PREFIX_WEIGHTS.entrySet()) {
          anyField.add(
              new BoostQuery(beginning(field.getKey(), terms.get(i)), field.getValue()),
              Occur.SHOULD);
        }
      } else {
        for (Map.Entry<String, Float> field : WEIGHTS.entrySet()) {
          Query one = new TermQuery(new Term(field.getKey(), terms.get(i)));
          anyField.add(new BoostQuery(one, field.getValue()), Occur.SHOULD);
        }
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

  /**
   * The documents with a word beginning with {@code prefix} in a field: one term of the field's
   * {@link PrefixAnalyzer#SUFFIX} twin, or for a prefix longer than the longest indexed beginning,
   * the few words of the field itself that start with it.
   */
  private static Query beginning(String field, String prefix) {
    Query query =
        prefix.length() <= PrefixAnalyzer.MAX_GRAM
            ? new TermQuery(new Term(field + PrefixAnalyzer.SUFFIX, prefix))
            : new PrefixQuery(new Term(field, prefix));
    return new ConstantScoreQuery(query);
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
    Document stored = searcher.storedFields().document(doc, HIT_FIELDS);
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
    doc.add(new Field(TITLE + PrefixAnalyzer.SUFFIX, article.title(), BEGINNINGS));
    if (article.standfirst() != null) {
      doc.add(new Field(STANDFIRST, article.standfirst(), STORED_TEXT));
      doc.add(new Field(STANDFIRST + PrefixAnalyzer.SUFFIX, article.standfirst(), BEGINNINGS));
    }
    doc.add(new Field(BODY, article.bodyText(), STORED_TEXT));
    if (article.sectionName() != null) {
      doc.add(new TextField(SECTION, article.sectionName(), Field.Store.NO));
      doc.add(new Field(SECTION + PrefixAnalyzer.SUFFIX, article.sectionName(), BEGINNINGS));
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
}

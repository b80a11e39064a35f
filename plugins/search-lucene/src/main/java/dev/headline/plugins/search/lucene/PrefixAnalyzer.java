package dev.headline.plugins.search.lucene;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;

/**
 * The {@link ReaderAnalyzer}'s words, and for the live-search fields (their names end in {@link
 * #SUFFIX}) every beginning of each word from {@link #MIN_GRAM} to {@link #MAX_GRAM} characters:
 * "central" is indexed as "ce", "cen", ..., "central". A word being typed is then one term to look
 * up, instead of a prefix that expands to every word of the index that starts with it.
 */
final class PrefixAnalyzer extends DelegatingAnalyzerWrapper {

  /** Field names ending in this hold word beginnings. */
  static final String SUFFIX = "_prefix";

  /** Shorter beginnings are not indexed: one letter matches half the index and tells nothing. */
  static final int MIN_GRAM = 2;

  /** Longer beginnings are not indexed; a longer prefix is looked up by its first characters. */
  static final int MAX_GRAM = 20;

  private final Analyzer words = new ReaderAnalyzer();
  private final Analyzer beginnings = new Beginnings();

  PrefixAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return fieldName.endsWith(SUFFIX) ? beginnings : words;
  }

  @Override
  public void close() {
    super.close();
    words.close();
    beginnings.close();
  }

  /** The reader's words cut into their beginnings. */
  private static final class Beginnings extends Analyzer {
    private final ReaderAnalyzer words = new ReaderAnalyzer();

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return words.initReader(fieldName, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      TokenStreamComponents word = words.createComponents(fieldName);
      TokenStream grams = new EdgeNGramTokenFilter(word.getTokenStream(), MIN_GRAM, MAX_GRAM, true);
      return new TokenStreamComponents(word.getSource(), grams);
    }

    @Override
    public void close() {
      super.close();
      words.close();
    }
  }
}

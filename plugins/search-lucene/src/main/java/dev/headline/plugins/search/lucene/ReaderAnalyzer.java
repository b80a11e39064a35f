package dev.headline.plugins.search.lucene;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How article text and readers' queries are cut into words: Unicode word boundaries (so CJK text
 * becomes one term per ideograph and emoji are dropped), lower case, accents folded ("Zürich" finds
 * "Zurich"). No stemming and no stop words: the last word of a live search is used as a prefix,
 * which stemming would break, and a query of common words still finds them.
 */
final class ReaderAnalyzer extends Analyzer {

  /** A colon joins letters into one word under Unicode's rules ("c:a"); here it separates. */
  private static final NormalizeCharMap COLON_IS_SPACE;

  static {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add(":", " ");
    COLON_IS_SPACE = map.build();
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(COLON_IS_SPACE, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(tokenizer);
    stream = new ASCIIFoldingFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}

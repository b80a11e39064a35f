package dev.headline.plugins.search.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/**
 * What the index keeps of an article: its searchable text as plain text, and what a hit shows.
 *
 * @param id the article's id
 * @param slug its slug, from which the hit's URL is made at query time (sections can move)
 * @param title the headline
 * @param standfirst the line under it, may be {@code null}
 * @param bodyText the body with its markup removed
 * @param sectionName the primary section's name, searchable, may be {@code null}
 * @param publishedAt when it went live
 * @param updatedAt when it was last saved
 * @param imageFile the featured image's file name, or {@code null}
 */
record IndexedArticle(
    long id,
    String slug,
    String title,
    String standfirst,
    String bodyText,
    String sectionName,
    Instant publishedAt,
    Instant updatedAt,
    String imageFile) {

  /**
   * The text of an HTML fragment as a reader reads it: tags removed (the content of {@code script}
   * and {@code style} too), entities decoded, runs of white space made one space.
   */
  static String plainText(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(html.length());
    try (Reader in = new HTMLStripCharFilter(new StringReader(html))) {
      char[] buffer = new char[4096];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }
}

package dev.headline.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One article found by the {@link SearchProvider}.
 *
 * @param articleId the article's id
 * @param title its headline, plain text
 * @param path its URL path below the context root, for example {@code /world-news/asia/<slug>}
 * @param sectionName its primary section's name, may be {@code null}
 * @param publishedAt when it was published
 * @param snippet a passage of its text around the matches, as plain-text fragments; may be empty
 * @param imageFile the file name of its featured image in the media store, or {@code null}
 */
public record SearchHit(
    long articleId,
    String title,
    String path,
    String sectionName,
    Instant publishedAt,
    List<Fragment> snippet,
    String imageFile) {

  public SearchHit {
    snippet = List.copyOf(snippet);
  }

  /** The snippet as plain text, without marks. */
  public String snippetText() {
    return snippet.stream().map(Fragment::text).collect(Collectors.joining());
  }

  /**
   * A run of a snippet's text. The text is plain (never markup): views escape it and show a match
   * highlighted, for example {@code <mark>#{fragment.text}</mark>}.
   *
   * @param text the characters, as they stand in the article
   * @param match whether they matched the query
   */
  public record Fragment(String text, boolean match) {}
}

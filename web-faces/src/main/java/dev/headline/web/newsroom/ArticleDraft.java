package dev.headline.web.newsroom;

import java.util.List;

/**
 * What the article editor sends: the text, and where the article is filed.
 *
 * @param title the headline
 * @param slug the URL segment, or blank to make one from the title
 * @param standfirst the summary under the headline, or blank
 * @param body the body, HTML (sanitised by the article)
 * @param primarySection the primary section's id, or null for the fallback section
 * @param secondarySections further sections' ids
 * @param tags tag names
 */
public record ArticleDraft(
    String title,
    String slug,
    String standfirst,
    String body,
    Long primarySection,
    List<Long> secondarySections,
    List<String> tags) {

  public ArticleDraft {
    secondarySections = List.copyOf(secondarySections);
    tags = List.copyOf(tags);
  }
}

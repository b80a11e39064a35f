package dev.headline.web.newsroom;

import java.util.List;

/**
 * What the article editor sends: the text, where the article is filed, and (when the editor's
 * pickers are on the form) its featured image and bylines.
 *
 * @param title the headline
 * @param slug the URL segment, or blank to make one from the title
 * @param standfirst the summary under the headline, or blank
 * @param body the body, HTML (sanitised by the article)
 * @param primarySection the primary section's id, or null for the fallback section
 * @param secondarySections further sections' ids
 * @param tags tag names
 * @param featured the featured image as chosen, or null to leave the article's as it is
 * @param authorIds the bylines' author ids in order, or null to leave the article's as they are
 */
public record ArticleDraft(
    String title,
    String slug,
    String standfirst,
    String body,
    Long primarySection,
    List<Long> secondarySections,
    List<String> tags,
    FeaturedChoice featured,
    List<Long> authorIds) {

  public ArticleDraft {
    secondarySections = List.copyOf(secondarySections);
    tags = List.copyOf(tags);
    authorIds = authorIds == null ? null : List.copyOf(authorIds);
  }

  /** A draft that leaves the featured image and the bylines as they are. */
  public ArticleDraft(
      String title,
      String slug,
      String standfirst,
      String body,
      Long primarySection,
      List<Long> secondarySections,
      List<String> tags) {
    this(title, slug, standfirst, body, primarySection, secondarySections, tags, null, null);
  }

  /** This draft with the featured image and the bylines as the editor's pickers hold them. */
  public ArticleDraft dressed(FeaturedChoice image, List<Long> authors) {
    return new ArticleDraft(
        title, slug, standfirst, body, primarySection, secondarySections, tags, image, authors);
  }

  /**
   * The featured image as the picker holds it.
   *
   * @param mediaId the media library's image, or null for none
   * @param alt the alt text for this use of the image, or blank
   * @param caption the caption, or blank
   */
  public record FeaturedChoice(Long mediaId, String alt, String caption)
      implements java.io.Serializable {}
}

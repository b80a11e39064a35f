package dev.headline.web.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON shapes of the content API, as records (JSON-B writes their components; dates are
 * ISO-8601 instants in UTC). Addresses are built from paths below the context root and made
 * absolute per request with {@code at(base)}, so the memory of the portal keeps one copy whatever
 * host a client used.
 */
public final class ApiModels {

  private ApiModels() {}

  /** A section as an article names it. */
  @Schema(name = "SectionRef", description = "The article's primary section")
  public record SectionRef(long id, String name, String path, String url) {
    SectionRef at(String base) {
      return new SectionRef(id, name, path, base + url);
    }
  }

  /** An author of an article, with the address of their archive. */
  @Schema(name = "Author")
  public record AuthorRef(String name, String slug, String url) {
    AuthorRef at(String base) {
      return new AuthorRef(name, slug, base + url);
    }
  }

  /** One resized copy of an image. */
  @Schema(name = "ImageVariant")
  public record ImageVariant(int width, String url) {
    ImageVariant at(String base) {
      return new ImageVariant(width, base + url);
    }
  }

  /** An image at full size with its resized variants (for {@code srcset}). */
  @Schema(name = "Image")
  public record ImageLinks(
      String url, int width, int height, String alt, String caption, List<ImageVariant> variants) {
    ImageLinks at(String base) {
      return new ImageLinks(
          base + url, width, height, alt, caption, variants.stream().map(v -> v.at(base)).toList());
    }
  }

  /** A visible article as lists show it. */
  @Schema(name = "ArticleSummary", description = "A published article in a list")
  public record ArticleSummary(
      long id,
      String slug,
      String title,
      String standfirst,
      String url,
      SectionRef section,
      List<AuthorRef> authors,
      Instant publishedAt,
      Instant updatedAt,
      ImageLinks image,
      int readingMinutes) {
    ArticleSummary at(String base) {
      return new ArticleSummary(
          id,
          slug,
          title,
          standfirst,
          base + url,
          section.at(base),
          authors.stream().map(a -> a.at(base)).toList(),
          publishedAt,
          updatedAt,
          image == null ? null : image.at(base),
          readingMinutes);
    }
  }

  /** A tag of an article. */
  @Schema(name = "Tag")
  public record TagRef(String name, String slug, String url) {
    TagRef at(String base) {
      return new TagRef(name, slug, base + url);
    }
  }

  /** A visible article in full: the summary's fields, its language, sanitised body and tags. */
  @Schema(name = "Article", description = "A published article with its body")
  public record ArticleDetail(
      long id,
      String slug,
      String title,
      String standfirst,
      String url,
      SectionRef section,
      List<AuthorRef> authors,
      Instant publishedAt,
      Instant updatedAt,
      ImageLinks image,
      int readingMinutes,
      String language,
      @Schema(description = "Sanitised HTML: safe to insert into a page") String body,
      List<TagRef> tags) {
    ArticleDetail at(String base) {
      return new ArticleDetail(
          id,
          slug,
          title,
          standfirst,
          base + url,
          section.at(base),
          authors.stream().map(a -> a.at(base)).toList(),
          publishedAt,
          updatedAt,
          image == null ? null : image.at(base),
          readingMinutes,
          language,
          body,
          tags.stream().map(t -> t.at(base)).toList());
    }
  }

  /** Addresses of the neighbouring pages of a list; absent where there is none. */
  @Schema(name = "PageLinks")
  public record PageLinks(String self, String first, String prev, String next, String last) {}

  /** A page of articles, newest first. */
  @Schema(name = "ArticlePage", description = "A page of published articles, newest first")
  public record ArticlePage(
      List<ArticleSummary> items, int page, int size, long total, int pages, PageLinks links) {}

  /** A node of the section tree. */
  @Schema(name = "Section", description = "A section and its subsections, in menu order")
  public record SectionNode(
      long id,
      String slug,
      String name,
      String description,
      String path,
      String url,
      List<SectionNode> children) {
    SectionNode at(String base) {
      return new SectionNode(
          id,
          slug,
          name,
          description,
          path,
          base + url,
          children.stream().map(c -> c.at(base)).toList());
    }
  }

  /** A stored upload. */
  @Schema(name = "Media", description = "An uploaded image, stored with its resized variants")
  public record MediaCreated(
      long id,
      String fileName,
      String mimeType,
      int width,
      int height,
      long sizeBytes,
      String url,
      List<ImageVariant> variants) {}
}

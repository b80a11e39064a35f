package dev.headline.web.portal;

import dev.headline.core.spi.Section;
import dev.headline.web.site.Origin;
import dev.headline.web.site.Site;
import dev.headline.web.widgets.Enrichments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD for search engines, built with JSON-P so every value is escaped; {@code </} is
 * escaped too, so nothing a title holds can close the surrounding script element.
 */
@Named
@RequestScoped
public class StructuredData {

  /**
   * One factory for every page: {@code Json.createObjectBuilder()} looks the JSON-P provider up
   * through the service loader on every call, which scanned the class path on each render.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @Inject HttpServletRequest request;
  @Inject Site site;
  @Inject Enrichments enrichments;

  /** A {@code BreadcrumbList}: Home, then each section down to the last. */
  public String breadcrumb(List<Section> sections) {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    items.add(item(1, "Home", "/"));
    int position = 2;
    for (Section section : sections) {
      items.add(item(position++, section.name(), section.path()));
    }
    JsonObject list =
        JSON.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "BreadcrumbList")
            .add("itemListElement", items)
            .build();
    return safe(list.toString());
  }

  /**
   * A {@code NewsArticle}: headline, description, dates, authors, image, section and keywords, the
   * publisher, and the page it is the main entity of.
   */
  public String newsArticle(ArticleView article) {
    ArticleCard card = article.card();
    var authors = JSON.createArrayBuilder();
    for (ArticleView.Byline byline : article.authors()) {
      authors.add(JSON.createObjectBuilder().add("@type", "Person").add("name", byline.name()));
    }
    var json =
        JSON.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "NewsArticle")
            .add("mainEntityOfPage", absolute(card.path()))
            .add("headline", card.title())
            .add("articleSection", card.sectionName())
            .add("inLanguage", article.language() == null ? site.getLanguage() : article.language())
            .add("author", authors)
            .add(
                "publisher",
                JSON.createObjectBuilder()
                    .add("@type", "Organization")
                    .add("name", site.getName())
                    .add("url", absolute("/")));
    if (card.standfirst() != null && !card.standfirst().isBlank()) {
      json.add("description", card.standfirst());
    }
    if (card.publishedAt() != null) {
      json.add("datePublished", card.publishedAt().toString());
    }
    if (article.updatedAt() != null) {
      json.add("dateModified", article.updatedAt().toString());
    }
    if (card.image() != null) {
      json.add("image", JSON.createArrayBuilder().add(absolute(card.image().src())));
    }
    if (!article.tags().isEmpty()) {
      json.add(
          "keywords",
          String.join(", ", article.tags().stream().map(ArticleView.TagLink::name).toList()));
    }
    JsonObject written = json.build();
    var enriched = JSON.createObjectBuilder(written);
    enrichments
        .structuredData(ArticleBacking.enriched(article))
        .forEach(
            (name, value) -> {
              if (!written.containsKey(name)) {
                enriched.add(name, value);
              }
            });
    return safe(enriched.build().toString());
  }

  /** The absolute URL of a path below the context root. */
  public String absolute(String path) {
    return Origin.of(request) + path;
  }

  private JsonObject item(int position, String name, String path) {
    return JSON.createObjectBuilder()
        .add("@type", "ListItem")
        .add("position", position)
        .add("name", name)
        .add("item", absolute(path))
        .build();
  }

  private static String safe(String json) {
    return json.replace("</", "<\\/");
  }
}

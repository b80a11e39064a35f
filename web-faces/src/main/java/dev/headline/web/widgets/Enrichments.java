package dev.headline.web.widgets;

import dev.headline.core.spi.ArticleEnricher;
import dev.headline.core.spi.ArticleEnricher.Article;
import dev.headline.core.spi.ArticleEnricher.Label;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks every {@link ArticleEnricher} bean what it adds to an article's page, in their order. One
 * that throws is counted and logged by {@link PluginFailures} and left out.
 */
@ApplicationScoped
public class Enrichments {

  @Inject @Any Instance<ArticleEnricher> all;
  @Inject PluginFailures failures;

  private volatile List<ArticleEnricher> ordered;

  /** The labels of an article's header. */
  public List<Label> labels(Article article) {
    List<Label> labels = new ArrayList<>();
    for (ArticleEnricher enricher : enrichers()) {
      try {
        labels.addAll(enricher.labels(article));
      } catch (RuntimeException | LinkageError e) {
        failures.enricherFailed(idOf(enricher), e);
      }
    }
    return labels;
  }

  /** Properties for the article's structured data; the first enricher to name one wins. */
  public Map<String, String> structuredData(Article article) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (ArticleEnricher enricher : enrichers()) {
      try {
        enricher.structuredData(article).forEach(properties::putIfAbsent);
      } catch (RuntimeException | LinkageError e) {
        failures.enricherFailed(idOf(enricher), e);
      }
    }
    return properties;
  }

  private List<ArticleEnricher> enrichers() {
    List<ArticleEnricher> known = ordered;
    if (known == null) {
      List<ArticleEnricher> found = new ArrayList<>();
      all.forEach(found::add);
      found.sort(Comparator.comparingInt(Enrichments::orderOf).thenComparing(Enrichments::idOf));
      known = List.copyOf(found);
      ordered = known;
    }
    return known;
  }

  private static int orderOf(ArticleEnricher enricher) {
    try {
      return enricher.order();
    } catch (RuntimeException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static String idOf(ArticleEnricher enricher) {
    try {
      return enricher.id();
    } catch (RuntimeException e) {
      return enricher.getClass().getName();
    }
  }
}

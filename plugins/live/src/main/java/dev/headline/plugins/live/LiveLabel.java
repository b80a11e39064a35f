package dev.headline.plugins.live;

import dev.headline.core.spi.ArticleEnricher;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Marks live stories: a "Live" label in the header, and {@code LiveBlogPosting} semantics in their
 * structured data ({@code coverageStartTime} is left to the story's publication date).
 */
@ApplicationScoped
public class LiveLabel implements ArticleEnricher {

  @Inject Taxonomy taxonomy;

  @Override
  public String id() {
    return "live-label";
  }

  @Override
  public List<Label> labels(Article article) {
    return live(article) ? List.of(new Label("live", "Live")) : List.of();
  }

  @Override
  public Map<String, String> structuredData(Article article) {
    return live(article) ? Map.of("genre", "Live coverage") : Map.of();
  }

  private boolean live(Article article) {
    Optional<Section> live = taxonomy.sectionAt(List.of(LiveSections.SLUG));
    return live.map(s -> article.underSection(s.path())).orElse(false);
  }
}

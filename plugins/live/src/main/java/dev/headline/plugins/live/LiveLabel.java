package dev.headline.plugins.live;

import dev.headline.core.spi.ArticleEnricher;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks live stories: a "Live" label in the header, and {@code LiveBlogPosting} semantics in their
 * structured data ({@code coverageStartTime} is left to the story's publication date).
 */
@ApplicationScoped
public class LiveLabel implements ArticleEnricher {

  @Inject Taxonomy taxonomy;

  @Inject
  @ConfigProperty(name = "headline.site.language", defaultValue = "en")
  String language;

  @Override
  public String id() {
    return "live-label";
  }

  @Override
  public List<Label> labels(Article article) {
    return live(article) ? List.of(new Label("live", text("label"))) : List.of();
  }

  @Override
  public Map<String, String> structuredData(Article article) {
    return live(article) ? Map.of("genre", text("genre")) : Map.of();
  }

  /** A string of the plugin's bundle in the site's language. */
  private String text(String key) {
    return ResourceBundle.getBundle(
            "dev.headline.plugins.live.messages", Locale.forLanguageTag(language))
        .getString(key);
  }

  private boolean live(Article article) {
    Optional<Section> live = taxonomy.sectionAt(List.of(LiveSections.SLUG));
    return live.map(s -> article.underSection(s.path())).orElse(false);
  }
}

package dev.headline.web.portal;

import dev.headline.core.content.application.ArticleService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The home page: a lead story and the latest articles after it. */
@Named
@RequestScoped
public class HomeBacking {

  @Inject ArticleService articles;
  @Inject Cards cards;

  @Inject
  @ConfigProperty(name = "headline.portal.home.size", defaultValue = "21")
  int size;

  private List<ArticleCard> latest;

  @PostConstruct
  void load() {
    latest = cards.of(articles.latest(size));
  }

  /** The newest story, shown large; {@code null} on an empty site. */
  public ArticleCard getLead() {
    return latest.isEmpty() ? null : latest.get(0);
  }

  /** The stories after the lead. */
  public List<ArticleCard> getLatest() {
    return latest.size() <= 1 ? List.of() : latest.subList(1, latest.size());
  }
}

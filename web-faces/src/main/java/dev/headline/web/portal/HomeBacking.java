package dev.headline.web.portal;

import dev.headline.core.spi.Taxonomy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The home page: a lead story, the latest articles after it, and a block for each section of the
 * main menu with its newest articles. Everything comes from memory between content changes.
 */
@Named
@RequestScoped
public class HomeBacking {

  @Inject ReaderLists lists;
  @Inject Taxonomy taxonomy;

  @Inject
  @ConfigProperty(name = "headline.portal.home.size", defaultValue = "7")
  int size;

  @Inject
  @ConfigProperty(name = "headline.portal.home.block-size", defaultValue = "4")
  int blockSize;

  private List<ArticleCard> latest;

  @PostConstruct
  void load() {
    latest = lists.latestCards(size);
  }

  /** The newest story, shown large; {@code null} on an empty site. */
  public ArticleCard getLead() {
    return latest.isEmpty() ? null : latest.get(0);
  }

  /** The stories after the lead. */
  public List<ArticleCard> getLatest() {
    return latest.size() <= 1 ? List.of() : latest.subList(1, latest.size());
  }

  /** A block per section of the main menu that has articles, newest first. */
  public List<ArchiveView.Block> getSections() {
    return taxonomy.menu("main").stream()
        .map(s -> new ArchiveView.Block(s, lists.newestIn(s, blockSize)))
        .filter(b -> !b.cards().isEmpty())
        .toList();
  }
}

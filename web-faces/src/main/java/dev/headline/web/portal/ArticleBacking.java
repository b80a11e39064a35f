package dev.headline.web.portal;

import dev.headline.core.spi.ArticleEnricher;
import dev.headline.web.config.PerRequest;
import dev.headline.web.widgets.Enrichments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The article page's model, handed over by {@link PortalRouter}, and the lists around it. */
@Named
@ApplicationScoped
public class ArticleBacking {

  private static final String RELATED = ArticleBacking.class.getName() + ".related";
  private static final String LABELS = ArticleBacking.class.getName() + ".labels";
  private static final String NEIGHBOURS = ArticleBacking.class.getName() + ".neighbours";

  @Inject ReaderLists lists;
  @Inject Enrichments enrichments;

  @Inject
  @ConfigProperty(name = "headline.portal.related.size", defaultValue = "3")
  int relatedSize;

  public ArticleView getArticle() {
    return (ArticleView)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(PortalRouter.MODEL);
  }

  /** "Related Posts", with their view counts. */
  public List<ListEntry> getRelated() {
    return PerRequest.get(RELATED, () -> lists.related(getArticle().card().id(), relatedSize));
  }

  /** Labels plugins put in the article's header ("Live", "Sponsored"). */
  public List<ArticleEnricher.Label> getLabels() {
    return PerRequest.get(LABELS, () -> enrichments.labels(enriched(getArticle())));
  }

  /** How an {@link ArticleEnricher} sees an article. */
  static ArticleEnricher.Article enriched(ArticleView article) {
    String slug = article.card().path().substring(article.card().path().lastIndexOf('/') + 1);
    return new ArticleEnricher.Article(article.card().id(), slug, article.card().sectionPath());
  }

  /** "Previous Post" and "Next Post". */
  public ReaderLists.Neighbours getNeighbours() {
    return PerRequest.get(NEIGHBOURS, () -> lists.neighbours(getArticle().card().id()));
  }
}

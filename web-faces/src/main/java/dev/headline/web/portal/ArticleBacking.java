package dev.headline.web.portal;

import dev.headline.core.spi.ArticleEnricher;
import dev.headline.web.widgets.Enrichments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The article page's model, handed over by {@link PortalRouter}, and the lists around it. */
@Named
@RequestScoped
public class ArticleBacking {

  @Inject ReaderLists lists;
  @Inject Enrichments enrichments;

  @Inject
  @ConfigProperty(name = "headline.portal.related.size", defaultValue = "3")
  int relatedSize;

  private List<ListEntry> related;
  private List<ArticleEnricher.Label> labels;
  private ReaderLists.Neighbours neighbours;

  public ArticleView getArticle() {
    return (ArticleView)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(PortalRouter.MODEL);
  }

  /** "Related Posts", with their view counts. */
  public List<ListEntry> getRelated() {
    if (related == null) {
      related = lists.related(getArticle().card().id(), relatedSize);
    }
    return related;
  }

  /** Labels plugins put in the article's header ("Live", "Sponsored"). */
  public List<ArticleEnricher.Label> getLabels() {
    if (labels == null) {
      labels = enrichments.labels(enriched(getArticle()));
    }
    return labels;
  }

  /** How an {@link ArticleEnricher} sees an article. */
  static ArticleEnricher.Article enriched(ArticleView article) {
    String slug = article.card().path().substring(article.card().path().lastIndexOf('/') + 1);
    return new ArticleEnricher.Article(article.card().id(), slug, article.card().sectionPath());
  }

  /** "Previous Post" and "Next Post". */
  public ReaderLists.Neighbours getNeighbours() {
    if (neighbours == null) {
      neighbours = lists.neighbours(getArticle().card().id());
    }
    return neighbours;
  }
}

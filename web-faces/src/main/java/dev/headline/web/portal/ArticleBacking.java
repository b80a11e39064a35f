package dev.headline.web.portal;

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

  @Inject
  @ConfigProperty(name = "headline.portal.related.size", defaultValue = "3")
  int relatedSize;

  private List<ListEntry> related;
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

  /** "Previous Post" and "Next Post". */
  public ReaderLists.Neighbours getNeighbours() {
    if (neighbours == null) {
      neighbours = lists.neighbours(getArticle().card().id());
    }
    return neighbours;
  }
}

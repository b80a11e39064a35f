package dev.headline.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The article page's model, handed over by {@link PortalRouter}. */
@Named
@RequestScoped
public class ArticleBacking {

  public ArticleView getArticle() {
    return (ArticleView)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(PortalRouter.MODEL);
  }
}

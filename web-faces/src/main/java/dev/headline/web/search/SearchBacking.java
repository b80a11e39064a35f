package dev.headline.web.search;

import dev.headline.web.portal.PortalRouter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The search results page's model, handed over by {@link PortalRouter}. */
@Named
@RequestScoped
public class SearchBacking {

  public SearchView getResults() {
    return (SearchView)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(PortalRouter.MODEL);
  }
}

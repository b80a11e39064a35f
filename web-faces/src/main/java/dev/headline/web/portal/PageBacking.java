package dev.headline.web.portal;

import dev.headline.core.page.domain.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** A static page's model, handed over by {@link PortalRouter}. */
@Named
@RequestScoped
public class PageBacking {

  public Page getPage() {
    return (Page)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(PortalRouter.MODEL);
  }
}

package dev.headline.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** An archive page's model, handed over by {@link PortalRouter}. */
@Named
@RequestScoped
public class ArchiveBacking {

  public ArchiveView getArchive() {
    return (ArchiveView)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(PortalRouter.MODEL);
  }
}

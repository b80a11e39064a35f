package dev.headline.web.newsroom;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Makes the newsroom's forms post to their clean address ({@code /newsroom/edit}) instead of the
 * view's file, which the router answers with 404. Every other view is left to the wrapped handler.
 */
public class NewsroomViewHandler extends ViewHandlerWrapper {

  public NewsroomViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    if (viewId != null && viewId.startsWith(NewsroomPages.VIEWS) && viewId.endsWith(".xhtml")) {
      String name =
          viewId.substring(NewsroomPages.VIEWS.length(), viewId.length() - ".xhtml".length());
      String path = "dashboard".equals(name) ? "/newsroom" : "/newsroom/" + name;
      return context.getExternalContext().getRequestContextPath() + path;
    }
    return super.getActionURL(context, viewId);
  }
}

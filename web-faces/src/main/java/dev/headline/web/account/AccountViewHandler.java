package dev.headline.web.account;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Makes the forms of the account views post to their clean address ({@code /account/login}) instead
 * of the view's file ({@code /WEB-INF/views/account/login.xhtml}, which the router answers with
 * 404). Every other view is left to the wrapped handler.
 */
public class AccountViewHandler extends ViewHandlerWrapper {

  public AccountViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    if (viewId != null && viewId.startsWith(AccountPages.VIEWS) && viewId.endsWith(".xhtml")) {
      String name =
          viewId.substring(AccountPages.VIEWS.length(), viewId.length() - ".xhtml".length());
      return context.getExternalContext().getRequestContextPath() + "/account/" + name;
    }
    return super.getActionURL(context, viewId);
  }
}

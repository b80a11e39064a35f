package dev.headline.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Logout, by POST only (a link or an image on another site cannot sign anyone out): ends the
 * authentication and the session, then goes to the front page.
 */
@Named
@RequestScoped
public class LogoutBacking {

  @Inject FacesContext faces;
  @Inject Forms forms;

  /** Signs out and goes to the front page. */
  public void submit() throws ServletException {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    forms.redirect("/");
  }
}

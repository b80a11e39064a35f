package dev.headline.web.account;

import dev.headline.core.account.domain.AccountProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/** What the account forms share: messages from the bundle, and the redirect after a success. */
@RequestScoped
public class Forms {

  @Inject FacesContext faces;

  /**
   * Adds an error message from the bundle to a field ({@code form:field}) or, with null, to the
   * form.
   */
  void error(String clientId, String key) {
    String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** One message per broken rule, on the field it concerns. */
  void errors(String form, Set<AccountProblem> problems) {
    for (AccountProblem problem : problems) {
      switch (problem) {
        case USERNAME_FORMAT -> error(form + ":username", "accountUsernameFormat");
        case USERNAME_TAKEN -> error(form + ":username", "accountUsernameTaken");
        case EMAIL_FORMAT -> error(form + ":email", "accountEmailFormat");
        case EMAIL_TAKEN -> error(form + ":email", "accountEmailTaken");
        case DISPLAY_NAME_FORMAT -> error(form + ":displayName", "accountDisplayNameFormat");
        case PASSWORD_TOO_SHORT -> error(form + ":password", "accountPasswordTooShort");
        case PASSWORD_TOO_LONG -> error(form + ":password", "accountPasswordTooLong");
        case PASSWORD_IS_USERNAME -> error(form + ":password", "accountPasswordIsUsername");
      }
    }
  }

  /** Whether a field was left empty; if so, says so on the field. */
  boolean missing(String clientId, String value, String key) {
    if (value == null || value.isBlank()) {
      error(clientId, key);
      return true;
    }
    return false;
  }

  /** Ends the request with a 303 to a path of the site ({@code "/"} is the front page). */
  void redirect(String path) {
    try {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

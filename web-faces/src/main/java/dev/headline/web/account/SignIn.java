package dev.headline.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a person in through Jakarta Security (so the container knows the caller and its roles), and
 * gives the session a new id, so an id planted before the login is worth nothing after it.
 */
@RequestScoped
public class SignIn {

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject LoginOutcome outcome;

  /** How a sign-in went. */
  enum Result {
    SIGNED_IN,
    /** The mechanism answered already (a redirect to the page that asked for a login). */
    ANSWERED,
    REFUSED,
    THROTTLED
  }

  Result signIn(String login, String password) {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(login.strip(), new Password(password)))
                .newAuthentication(true));
    return switch (status) {
      case SUCCESS -> {
        if (request.getSession(false) != null) {
          request.changeSessionId();
        }
        yield Result.SIGNED_IN;
      }
      case SEND_CONTINUE -> {
        if (request.getSession(false) != null) {
          request.changeSessionId();
        }
        faces.responseComplete();
        yield Result.ANSWERED;
      }
      default -> outcome.throttled() ? Result.THROTTLED : Result.REFUSED;
    };
  }
}

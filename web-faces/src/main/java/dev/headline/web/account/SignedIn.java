package dev.headline.web.account;

import dev.headline.core.account.application.AccountService;
import dev.headline.core.account.domain.Account;
import dev.headline.web.config.PerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;

/**
 * Who is signed in, for the top bar. Anonymous readers cost nothing (no session, no query); a
 * signed-in reader's display name is read once per request.
 */
@Named("signedIn")
@ApplicationScoped
public class SignedIn {

  private static final String DISPLAY_NAME = SignedIn.class.getName() + ".displayName";

  @Inject AccountService accounts;

  /**
   * Whether the request comes from a signed-in account: the container's caller, as Jakarta Security
   * set it for this request (asked of the request, which costs less than asking the security
   * context on every page).
   */
  public boolean isPresent() {
    return caller() != null;
  }

  /** The signed-in account's display name, or null for an anonymous reader. */
  public String getDisplayName() {
    Principal caller = caller();
    if (caller == null) {
      return null;
    }
    return PerRequest.get(
        DISPLAY_NAME,
        () ->
            accounts.find(caller.getName()).map(Account::getDisplayName).orElse(caller.getName()));
  }

  private static Principal caller() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
  }
}

package dev.headline.web.account;

import dev.headline.core.account.application.AccountService;
import dev.headline.core.account.domain.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Who is signed in, for the top bar. Anonymous readers cost nothing (no session, no query); a
 * signed-in reader's display name is read once per request.
 */
@Named("signedIn")
@RequestScoped
public class SignedIn {

  @Inject SecurityContext security;
  @Inject AccountService accounts;

  private String displayName;

  /** Whether the request comes from a signed-in account. */
  public boolean isPresent() {
    return security.getCallerPrincipal() != null;
  }

  /** The signed-in account's display name, or null for an anonymous reader. */
  public String getDisplayName() {
    Principal caller = security.getCallerPrincipal();
    if (caller == null) {
      return null;
    }
    if (displayName == null) {
      displayName =
          accounts.find(caller.getName()).map(Account::getDisplayName).orElse(caller.getName());
    }
    return displayName;
  }
}

package dev.headline.web.account;

import dev.headline.core.account.application.AccountService;
import dev.headline.core.account.application.LoginAttempt;
import dev.headline.core.account.domain.Account;
import dev.headline.core.account.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;

/**
 * Checks usernames (or e-mail addresses) and passwords against the accounts in the database. The
 * caller's name is the account's username, whichever of the two was typed; the groups are its
 * roles.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AccountService accounts;
  @Inject HttpServletRequest request;
  @Inject LoginOutcome outcome;

  /** Called by Jakarta Security for a {@link UsernamePasswordCredential}. */
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    LoginAttempt attempt =
        accounts.authenticate(
            credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
    outcome.set(attempt.outcome());
    if (attempt.outcome() != LoginAttempt.Outcome.SIGNED_IN) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Account account = attempt.account().orElseThrow();
    return new CredentialValidationResult(
        account.getUsername(),
        account.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}

package dev.headline.web.account;

import dev.headline.core.account.application.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Retrieve your password": takes a username or an e-mail address and always gives the same answer,
 * so the form cannot be used to find out who has an account.
 */
@Named
@RequestScoped
public class ForgottenBacking {

  @Inject AccountService accounts;
  @Inject Forms forms;

  private String login;
  private boolean sent;

  /** Asks for a reset link; the page then shows the one answer. */
  public void submit() {
    if (forms.missing("forgotten:login", login, "accountLoginMissing")) {
      return;
    }
    accounts.requestReset(login.strip());
    sent = true;
  }

  /** Whether the request was taken (whatever the name was). */
  public boolean isSent() {
    return sent;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }
}

package dev.headline.web.account;

import dev.headline.core.account.application.AccountRefused;
import dev.headline.core.account.application.AccountService;
import dev.headline.core.account.application.Registration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Register: opens a reader's account and signs the new reader in. */
@Named
@RequestScoped
public class RegisterBacking {

  @Inject AccountService accounts;
  @Inject SignIn signIn;
  @Inject Forms forms;

  private String username;
  private String email;
  private String displayName;
  private String password;
  private String confirmation;

  /** Opens the account and goes to the front page signed in, or stays with a message per field. */
  public void submit() {
    if (password != null && !password.equals(confirmation)) {
      forms.error("register:confirmation", "accountPasswordsDiffer");
      return;
    }
    try {
      accounts.register(new Registration(username, email, displayName, password));
    } catch (AccountRefused refused) {
      forms.errors("register", refused.problems());
      return;
    }
    if (signIn.signIn(username, password) == SignIn.Result.SIGNED_IN) {
      forms.redirect("/");
    } else {
      forms.redirect("/account/login");
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}

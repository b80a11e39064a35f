package dev.headline.web.account;

import dev.headline.core.account.application.AccountRefused;
import dev.headline.core.account.application.AccountService;
import dev.headline.core.account.application.ResetOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page a reset link opens: a new password, twice. The token comes from the link's {@code token}
 * parameter and stays with the view, so the form's own address carries no secret.
 */
@Named
@ViewScoped
public class ResetBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;
  @Inject transient Forms forms;

  private String token;
  private boolean usable;
  private boolean done;
  private transient String password;
  private transient String confirmation;

  @PostConstruct
  void init() {
    token =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("token");
    usable = accounts.resetLinkUsable(token);
  }

  /** Sets the new password, or stays with a message. */
  public void submit() {
    if (password == null || !password.equals(confirmation)) {
      forms.error("reset:confirmation", "accountPasswordsDiffer");
      return;
    }
    try {
      if (accounts.resetPassword(token, password) == ResetOutcome.DONE) {
        done = true;
      } else {
        usable = false;
      }
    } catch (AccountRefused refused) {
      forms.errors("reset", refused.problems());
    }
  }

  /** Whether the link works (when the page opened, or until a reset through it failed). */
  public boolean isUsable() {
    return usable;
  }

  /** Whether the new password is set. */
  public boolean isDone() {
    return done;
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

package dev.headline.web.account;

import dev.headline.core.account.application.LoginAttempt;
import jakarta.enterprise.context.RequestScoped;

/**
 * What the identity store decided in this request, for the login page's message: Jakarta Security
 * reports only success or failure, and a throttled attempt needs its own words.
 */
@RequestScoped
public class LoginOutcome {

  private LoginAttempt.Outcome outcome;

  void set(LoginAttempt.Outcome outcome) {
    this.outcome = outcome;
  }

  boolean throttled() {
    return outcome == LoginAttempt.Outcome.THROTTLED;
  }
}

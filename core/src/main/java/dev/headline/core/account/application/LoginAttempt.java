package dev.headline.core.account.application;

import dev.headline.core.account.domain.Account;
import java.util.Optional;

/**
 * How a login went. Whether a name that failed is an account is not part of the answer.
 *
 * @param outcome what happened
 * @param account the signed-in account, present only on {@link Outcome#SIGNED_IN}
 */
public record LoginAttempt(Outcome outcome, Optional<Account> account) {

  /** What happened to a login. */
  public enum Outcome {
    /** Name and password match an enabled account. */
    SIGNED_IN,
    /** Unknown name, wrong password or disabled account: one answer for all three. */
    REFUSED,
    /**
     * Too many failures lately for this name or from this address; the password was not checked.
     */
    THROTTLED
  }

  static LoginAttempt signedIn(Account account) {
    return new LoginAttempt(Outcome.SIGNED_IN, Optional.of(account));
  }

  static LoginAttempt refused() {
    return new LoginAttempt(Outcome.REFUSED, Optional.empty());
  }

  static LoginAttempt throttled() {
    return new LoginAttempt(Outcome.THROTTLED, Optional.empty());
  }
}

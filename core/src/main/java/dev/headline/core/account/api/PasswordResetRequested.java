package dev.headline.core.account.api;

import java.time.Instant;

/**
 * Someone asked for a password reset of an existing, enabled account: the reset link must be
 * mailed. Fired synchronously inside the transaction that stored the token; observe it with {@code
 * during = TransactionPhase.AFTER_SUCCESS} so that no mail leaves for a token that was rolled back.
 *
 * <pre>{@code
 * void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordResetRequested request) {
 *   mailer.send(request.email(), linkBase + "?token=" + request.token());
 * }
 * }</pre>
 *
 * <p>The token is secret: put it in the mail and nowhere else (no log, no page).
 *
 * @param username the account's username, for the greeting
 * @param email where to send the link
 * @param displayName the account's display name, for the greeting
 * @param token the single-use token, URL-safe
 * @param expiresAt when the link stops working
 */
public record PasswordResetRequested(
    String username, String email, String displayName, String token, Instant expiresAt) {

  @Override
  public String toString() {
    return "PasswordResetRequested[username=" + username + ", token=(hidden)]";
  }
}

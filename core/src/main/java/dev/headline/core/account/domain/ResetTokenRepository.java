package dev.headline.core.account.domain;

import java.time.Instant;
import java.util.Optional;

/** Where password reset tokens are kept, by the hash of the token. */
public interface ResetTokenRepository {

  Optional<ResetToken> findByHash(String tokenHash);

  /** How many tokens were issued to the account since {@code since} (used or not). */
  long issuedSince(long accountId, Instant since);

  ResetToken save(ResetToken token);

  /**
   * Marks the token used at {@code now} if it is still unused: a conditional update, so two
   * requests racing with one link cannot both succeed.
   *
   * @return whether this call spent it
   */
  boolean spend(long tokenId, Instant now);

  /** Marks every unused token of the account used at {@code now}. */
  void revokeAll(long accountId, Instant now);
}

package dev.headline.core.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A password reset link that was sent: single use, valid until {@link #getExpiresAt()}. Only the
 * SHA-256 of the token is stored ({@link ResetTokens#hash}); the token itself exists in the e-mail
 * alone.
 */
@Entity
@Table(name = "password_reset_token")
public class ResetToken {

  @Id
  @SequenceGenerator(name = "hl_seq", sequenceName = "hl_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hl_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected ResetToken() {}

  public ResetToken(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.accountId = accountId;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Whether the link still works at {@code now}: not used, not expired. */
  public boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}

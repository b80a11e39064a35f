package dev.headline.core.account.application;

/** How a password reset through a link went. */
public enum ResetOutcome {
  /** The new password is set; the link and every other open link of the account are spent. */
  DONE,
  /** The link is unknown, used or expired: nothing changed. */
  INVALID_LINK
}

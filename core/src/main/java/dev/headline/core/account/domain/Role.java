package dev.headline.core.account.domain;

/**
 * What an account may do. Every account is a {@link #READER}; staff roles are added by an admin.
 * The names are the Jakarta Security groups the web module checks ({@code
 * isCallerInRole("EDITOR")}).
 */
public enum Role {
  /** Reads, comments and keeps an account on the portal. */
  READER,
  /** Writes drafts of their own. */
  CONTRIBUTOR,
  /** Publishes their own articles. */
  AUTHOR,
  /** Edits and publishes every article, moderates comments, manages sections. */
  EDITOR,
  /** Manages users, roles and site settings. */
  ADMIN
}

package dev.headline.core.account.domain;

/** Why a registration or a new password was refused; the web module words each one. */
public enum AccountProblem {
  /** Not 3-40 letters, digits, dots, dashes or underscores, starting with a letter or digit. */
  USERNAME_FORMAT,
  /** Someone has this username already (in any case). */
  USERNAME_TAKEN,
  /** Not an e-mail address (something@domain.tld, at most 254 characters). */
  EMAIL_FORMAT,
  /** An account with this address exists already (in any case). */
  EMAIL_TAKEN,
  /** Empty, or longer than 100 characters. */
  DISPLAY_NAME_FORMAT,
  /** Shorter than {@link AccountRules#MIN_PASSWORD} characters. */
  PASSWORD_TOO_SHORT,
  /** Longer than {@link AccountRules#MAX_PASSWORD} characters. */
  PASSWORD_TOO_LONG,
  /** The same as the username, whatever its case. */
  PASSWORD_IS_USERNAME
}

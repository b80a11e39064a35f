package dev.headline.core.account.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of usernames, addresses, display names and passwords. Uniqueness is the repository's to
 * answer; these rules need nothing but the text.
 */
public final class AccountRules {

  /** Fewest characters in a password. */
  public static final int MIN_PASSWORD = 10;

  /** Most characters in a password: PBKDF2 of a megabyte would be a free denial of service. */
  public static final int MAX_PASSWORD = 200;

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,39}");

  // Deliberately simple: one @, no spaces, a dot in the domain. The mail is the real check.
  private static final Pattern EMAIL =
      Pattern.compile(
          "[^@\\s<>\"(),;:]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  private AccountRules() {}

  /** What is wrong with a new account's fields, ignoring uniqueness; empty when nothing is. */
  public static Set<AccountProblem> check(
      String username, String email, String displayName, String password) {
    Set<AccountProblem> problems = EnumSet.noneOf(AccountProblem.class);
    if (username == null || !USERNAME.matcher(username).matches()) {
      problems.add(AccountProblem.USERNAME_FORMAT);
    }
    if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
      problems.add(AccountProblem.EMAIL_FORMAT);
    }
    if (displayName != null && (displayName.isBlank() || displayName.strip().length() > 100)) {
      problems.add(AccountProblem.DISPLAY_NAME_FORMAT);
    }
    problems.addAll(checkPassword(username, password));
    return problems;
  }

  /** What is wrong with a password for the account {@code username}; empty when nothing is. */
  public static Set<AccountProblem> checkPassword(String username, String password) {
    Set<AccountProblem> problems = EnumSet.noneOf(AccountProblem.class);
    if (password == null || password.length() < MIN_PASSWORD) {
      problems.add(AccountProblem.PASSWORD_TOO_SHORT);
    } else if (password.length() > MAX_PASSWORD) {
      problems.add(AccountProblem.PASSWORD_TOO_LONG);
    } else if (username != null
        && password.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
      problems.add(AccountProblem.PASSWORD_IS_USERNAME);
    }
    return problems;
  }
}

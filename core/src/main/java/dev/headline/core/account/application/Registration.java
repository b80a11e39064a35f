package dev.headline.core.account.application;

/**
 * What a person types to open an account.
 *
 * @param displayName the name shown on the site; the username when {@code null}
 */
public record Registration(String username, String email, String displayName, String password) {

  @Override
  public String toString() {
    return "Registration[username=" + username + ", email=" + email + "]";
  }
}

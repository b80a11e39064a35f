package dev.headline.core.account.domain;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. Look-ups by name ignore case. */
public interface AccountRepository {

  Optional<Account> find(long id);

  /** The account whose username or e-mail address is {@code login}, whatever its case. */
  Optional<Account> findByLogin(String login);

  boolean usernameTaken(String username);

  boolean emailTaken(String email);

  /** Whether at least one account holds the role. */
  boolean anyWithRole(Role role);

  Account save(Account account);

  /**
   * A page of accounts, oldest first, whose username, e-mail address or display name contains
   * {@code text} (any case; {@code null} or blank: all).
   */
  List<Account> search(String text, int offset, int limit);

  /** How many accounts {@link #search} has in all. */
  long count(String text);
}

package dev.headline.core.account.domain;

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
}

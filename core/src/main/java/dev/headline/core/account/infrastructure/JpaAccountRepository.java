package dev.headline.core.account.infrastructure;

import dev.headline.core.account.domain.Account;
import dev.headline.core.account.domain.AccountRepository;
import dev.headline.core.account.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** {@link AccountRepository} on the application's persistence unit, by the lower-case keys. */
@ApplicationScoped
@Transactional
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public Optional<Account> findByLogin(String login) {
    String key = Account.key(login);
    return em
        .createQuery(
            "select a from Account a where a.usernameKey = :key or a.emailKey = :key",
            Account.class)
        .setParameter("key", key)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public boolean usernameTaken(String username) {
    return exists("select count(a) from Account a where a.usernameKey = :key", username);
  }

  @Override
  public boolean emailTaken(String email) {
    return exists("select count(a) from Account a where a.emailKey = :key", email);
  }

  @Override
  public boolean anyWithRole(Role role) {
    return !em.createQuery("select a.id from Account a join a.roles r where r = :role", Long.class)
        .setParameter("role", role)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Account save(Account account) {
    if (account.getId() == null) {
      em.persist(account);
      // Fail here, inside the caller's transaction, if another node took the name meanwhile.
      em.flush();
      return account;
    }
    return em.merge(account);
  }

  private boolean exists(String jpql, String value) {
    return em.createQuery(jpql, Long.class)
            .setParameter("key", Account.key(value))
            .getSingleResult()
        > 0;
  }
}

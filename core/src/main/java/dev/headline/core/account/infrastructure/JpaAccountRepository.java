package dev.headline.core.account.infrastructure;

import dev.headline.core.account.domain.Account;
import dev.headline.core.account.domain.AccountRepository;
import dev.headline.core.account.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
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

  @Override
  public List<Account> search(String text, int offset, int limit) {
    String filter = pattern(text);
    var query =
        em.createQuery(
            "select a from Account a"
                + (filter.isEmpty() ? "" : WHERE)
                + " order by a.createdAt, a.id",
            Account.class);
    if (!filter.isEmpty()) {
      query.setParameter("text", filter);
    }
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(String text) {
    String filter = pattern(text);
    var query =
        em.createQuery(
            "select count(a) from Account a" + (filter.isEmpty() ? "" : WHERE), Long.class);
    if (!filter.isEmpty()) {
      query.setParameter("text", filter);
    }
    return query.getSingleResult();
  }

  private static final String WHERE =
      " where a.usernameKey like :text escape '!' or a.emailKey like :text escape '!'"
          + " or lower(a.displayName) like :text escape '!'";

  /** {@code %text%} in lower case with LIKE's wildcards escaped, or empty for no filter. */
  private static String pattern(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + escaped + "%";
  }

  private boolean exists(String jpql, String value) {
    return em.createQuery(jpql, Long.class)
            .setParameter("key", Account.key(value))
            .getSingleResult()
        > 0;
  }
}

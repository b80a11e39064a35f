package dev.headline.web.account;

import dev.headline.core.account.application.AccountService;
import dev.headline.core.account.domain.Account;
import dev.headline.core.account.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an account may still act with the roles its session was signed in with: it is enabled and
 * its roles are the same. Read from the database at most every few seconds per account (a signed-in
 * member's every request asks); a change made on this node is seen at once ({@link AccountChanged},
 * once it commits), one made on another node within {@link #FRESH}.
 */
@ApplicationScoped
public class AccountStandings {

  /** How long an account's standing is taken as read. */
  static final Duration FRESH = Duration.ofSeconds(5);

  /** Past this many accounts read, the oldest readings are worth nothing: all are read again. */
  private static final int MOST_KEPT = 10_000;

  /** An account's standing when read: {@code roles} is null for a disabled or unknown account. */
  record Standing(Set<Role> roles, long readAt) {}

  private final ConcurrentHashMap<String, Standing> read = new ConcurrentHashMap<>();

  @Inject AccountService accounts;

  /**
   * Whether {@code username}, signed in with {@code signedInWith}, may go on: the account is
   * enabled and holds exactly those roles now.
   */
  public boolean current(String username, Set<Role> signedInWith) {
    long now = System.nanoTime();
    Standing standing = read.get(username);
    if (standing == null || now - standing.readAt() > FRESH.toNanos()) {
      if (read.size() >= MOST_KEPT) {
        read.clear();
      }
      standing = new Standing(rolesNow(username), now);
      read.put(username, standing);
    }
    return standing.roles() != null && standing.roles().equals(signedInWith);
  }

  /**
   * Reads the account again on its next request, once its switch-off or role change has committed
   * (before that, a request would read the old standing and keep it).
   */
  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
    read.remove(change.username());
  }

  /** The account's roles now, or {@code null} when it is switched off or gone. */
  private Set<Role> rolesNow(String username) {
    return accounts
        .find(username)
        .filter(Account::isEnabled)
        .filter(account -> account.getUsername().equals(username))
        .map(account -> Set.copyOf(account.getRoles()))
        .orElse(null);
  }
}

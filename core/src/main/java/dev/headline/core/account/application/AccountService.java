package dev.headline.core.account.application;

import dev.headline.core.account.api.PasswordResetRequested;
import dev.headline.core.account.domain.Account;
import dev.headline.core.account.domain.AccountProblem;
import dev.headline.core.account.domain.AccountRepository;
import dev.headline.core.account.domain.AccountRules;
import dev.headline.core.account.domain.LoginThrottle;
import dev.headline.core.account.domain.ResetToken;
import dev.headline.core.account.domain.ResetTokenRepository;
import dev.headline.core.account.domain.ResetTokens;
import dev.headline.core.account.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts of readers and staff: registration, login, password reset by mail, roles.
 *
 * <p>Two answers never depend on whether an account exists: a failed login (wrong password and
 * unknown name read the same, take the same time and are throttled alike) and a reset request
 * (always accepted; a mail leaves only for a real, enabled account, after the transaction commits,
 * through {@link PasswordResetRequested}).
 *
 * <pre>{@code
 * LoginAttempt attempt = accounts.authenticate(login, password, request.getRemoteAddr());
 * if (attempt.outcome() == LoginAttempt.Outcome.SIGNED_IN) { ... }
 * }</pre>
 */
@ApplicationScoped
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @Inject AccountRepository accounts;
  @Inject ResetTokenRepository tokens;
  @Inject Passwords passwords;
  @Inject Clock clock;
  @Inject Event<PasswordResetRequested> resetRequested;

  @Inject
  @ConfigProperty(name = "headline.account.reset.expiry-minutes", defaultValue = "60")
  int resetExpiryMinutes;

  @Inject
  @ConfigProperty(name = "headline.account.reset.max-per-hour", defaultValue = "3")
  int resetsPerHour;

  @Inject
  @ConfigProperty(name = "headline.account.throttle.account-failures", defaultValue = "5")
  int accountFailures;

  @Inject
  @ConfigProperty(name = "headline.account.throttle.address-failures", defaultValue = "20")
  int addressFailures;

  @Inject
  @ConfigProperty(name = "headline.account.throttle.window-minutes", defaultValue = "15")
  int throttleMinutes;

  private final SecureRandom random = new SecureRandom();
  private LoginThrottle throttle;

  @PostConstruct
  void init() {
    throttle =
        new LoginThrottle(
            clock, accountFailures, addressFailures, Duration.ofMinutes(throttleMinutes));
  }

  /**
   * Opens a reader's account.
   *
   * @throws AccountRefused when a field breaks a rule or the username or address is taken
   */
  @Transactional
  public Account register(Registration registration) {
    return create(registration, EnumSet.of(Role.READER));
  }

  /**
   * Opens an account with the given roles ({@link Role#READER} is always added).
   *
   * @throws AccountRefused when a field breaks a rule or the username or address is taken
   */
  @Transactional
  public Account create(Registration registration, Set<Role> roles) {
    String username = trim(registration.username());
    String email = trim(registration.email());
    String displayName =
        registration.displayName() == null ? username : registration.displayName().strip();
    Set<AccountProblem> problems =
        AccountRules.check(username, email, displayName, registration.password());
    if (!problems.contains(AccountProblem.USERNAME_FORMAT) && accounts.usernameTaken(username)) {
      problems.add(AccountProblem.USERNAME_TAKEN);
    }
    if (!problems.contains(AccountProblem.EMAIL_FORMAT) && accounts.emailTaken(email)) {
      problems.add(AccountProblem.EMAIL_TAKEN);
    }
    if (!problems.isEmpty()) {
      throw new AccountRefused(problems);
    }
    EnumSet<Role> granted = EnumSet.of(Role.READER);
    granted.addAll(roles);
    return accounts.save(
        new Account(
            username,
            email,
            displayName,
            passwords.hash(registration.password()),
            granted,
            clock.instant()));
  }

  /**
   * Checks a login.
   *
   * @param login a username or an e-mail address, in any case
   * @param address the client's address, for throttling
   */
  public LoginAttempt authenticate(String login, String password, String address) {
    String name = login == null ? "" : Account.key(login);
    Optional<Account> account =
        name.isEmpty() || name.length() > 254 ? Optional.empty() : accounts.findByLogin(name);
    String throttleKey = account.map(a -> "account:" + a.getId()).orElse("name:" + name);
    if (throttle.refused(throttleKey, address)) {
      return LoginAttempt.throttled();
    }
    boolean usable =
        password != null && !password.isEmpty() && password.length() <= AccountRules.MAX_PASSWORD;
    if (usable && account.isPresent()) {
      if (passwords.matches(password, account.get().getPasswordHash())
          && account.get().isEnabled()) {
        throttle.succeeded(throttleKey);
        return LoginAttempt.signedIn(account.get());
      }
    } else if (usable) {
      passwords.spendTheTimeOfACheck(password);
    }
    throttle.failed(throttleKey, address);
    return LoginAttempt.refused();
  }

  /**
   * Asks for a reset link. The caller's answer must not depend on anything: this returns nothing
   * and throws nothing for unknown names. An existing, enabled account gets a single-use link by
   * mail (at most {@code headline.account.reset.max-per-hour} an hour, so the form cannot be used
   * to flood someone's inbox).
   *
   * @param login a username or an e-mail address, in any case
   */
  @Transactional
  public void requestReset(String login) {
    if (login == null || login.isBlank() || login.length() > 254) {
      return;
    }
    Optional<Account> found = accounts.findByLogin(Account.key(login)).filter(Account::isEnabled);
    if (found.isEmpty()) {
      return;
    }
    Account account = found.get();
    Instant now = clock.instant();
    if (tokens.issuedSince(account.getId(), now.minus(Duration.ofHours(1))) >= resetsPerHour) {
      LOG.info(() -> "Reset link not sent to account " + account.getId() + ": hourly limit");
      return;
    }
    String token = ResetTokens.newToken(random);
    Instant expiresAt = now.plus(Duration.ofMinutes(resetExpiryMinutes));
    tokens.save(new ResetToken(account.getId(), ResetTokens.hash(token), now, expiresAt));
    resetRequested.fire(
        new PasswordResetRequested(
            account.getUsername(), account.getEmail(), account.getDisplayName(), token, expiresAt));
  }

  /** Whether a reset link still works (to show the form or say at once that it does not). */
  @Transactional
  public boolean resetLinkUsable(String token) {
    return usableToken(token).isPresent();
  }

  /**
   * Sets a new password through a reset link. The link is spent, and so are the account's other
   * open links; the account's failed logins are forgotten.
   *
   * @throws AccountRefused when the new password breaks a rule (the link stays usable)
   */
  @Transactional
  public ResetOutcome resetPassword(String token, String newPassword) {
    Optional<ResetToken> found = usableToken(token);
    if (found.isEmpty()) {
      return ResetOutcome.INVALID_LINK;
    }
    Optional<Account> account = accounts.find(found.get().getAccountId());
    if (account.isEmpty() || !account.get().isEnabled()) {
      return ResetOutcome.INVALID_LINK;
    }
    Set<AccountProblem> problems =
        AccountRules.checkPassword(account.get().getUsername(), newPassword);
    if (!problems.isEmpty()) {
      throw new AccountRefused(problems);
    }
    Instant now = clock.instant();
    // A conditional update: of two requests racing with one link, only one gets it.
    if (!tokens.spend(found.get().getId(), now)) {
      return ResetOutcome.INVALID_LINK;
    }
    tokens.revokeAll(account.get().getId(), now);
    account.get().setPasswordHash(passwords.hash(newPassword));
    accounts.save(account.get());
    throttle.forget("account:" + account.get().getId());
    return ResetOutcome.DONE;
  }

  /**
   * Replaces an account's roles ({@link Role#READER} is always kept).
   *
   * @throws IllegalArgumentException when there is no such account
   */
  @Transactional
  public Account changeRoles(long accountId, Set<Role> roles) {
    Account account =
        accounts
            .find(accountId)
            .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
    account.setRoles(roles);
    return accounts.save(account);
  }

  /**
   * Opens a staff account for someone who will choose their own password: the account gets a random
   * password nobody knows, and its owner a set-password link by mail (the reset link, with its
   * usual expiry).
   *
   * @throws AccountRefused when a field breaks a rule or the username or address is taken
   */
  @Transactional
  public Account createStaff(String username, String email, String displayName, Set<Role> roles) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String unknown = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Account account = create(new Registration(username, email, displayName, unknown), roles);
    requestReset(account.getUsername());
    return account;
  }

  /**
   * Switches an account on or off. A disabled account cannot sign in nor reset its password; its
   * content and roles stay.
   *
   * @throws IllegalArgumentException when there is no such account
   */
  @Transactional
  public Account setEnabled(long accountId, boolean enabled) {
    Account account =
        accounts
            .find(accountId)
            .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
    account.setEnabled(enabled);
    return accounts.save(account);
  }

  /** A page of accounts, oldest first, matching {@code text} (see {@link AccountRepository}). */
  @Transactional
  public List<Account> list(String text, int offset, int limit) {
    return accounts.search(text, offset, limit);
  }

  /** How many accounts {@link #list} has in all. */
  @Transactional
  public long count(String text) {
    return accounts.count(text);
  }

  /** The account whose username or address is {@code login}, whatever its case. */
  @Transactional
  public Optional<Account> find(String login) {
    return login == null || login.isBlank()
        ? Optional.empty()
        : accounts.findByLogin(Account.key(login));
  }

  /** Whether any account holds the role. */
  @Transactional
  public boolean anyWithRole(Role role) {
    return accounts.anyWithRole(role);
  }

  private Optional<ResetToken> usableToken(String token) {
    if (!ResetTokens.wellFormed(token)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return tokens.findByHash(ResetTokens.hash(token)).filter(t -> t.usableAt(now));
  }

  private static String trim(String value) {
    return value == null ? null : value.strip();
  }
}

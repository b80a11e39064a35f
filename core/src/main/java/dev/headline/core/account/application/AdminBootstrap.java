package dev.headline.core.account.application;

import dev.headline.core.account.domain.Role;
import dev.headline.core.data.DatabaseReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a new site can be administered: at the first start, when no account holds {@link
 * Role#ADMIN}, one is created from {@code headline.admin.username}, {@code headline.admin.email}
 * and {@code headline.admin.password}. Without a configured password a random one is generated and
 * written to the log once, as a warning; there is never a fixed default password. Once an admin
 * exists this does nothing, so the configured password is not a back door after it was changed.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject AccountService accounts;

  @Inject
  @ConfigProperty(name = "headline.admin.username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "headline.admin.email", defaultValue = "admin@headline.invalid")
  String email;

  @Inject
  @ConfigProperty(name = "headline.admin.password")
  Optional<String> password;

  /** Before demo content and other startup work, so a site is never up without an admin. */
  public void createFirstAdmin(@Observes @Priority(150) DatabaseReady ready) {
    if (accounts.anyWithRole(Role.ADMIN)) {
      return;
    }
    boolean generated = password.filter(p -> !p.isBlank()).isEmpty();
    String secret =
        generated ? Passwords.randomPassword(new SecureRandom()) : password.orElseThrow();
    try {
      accounts.create(
          new Registration(username, email, "Administrator", secret), EnumSet.of(Role.ADMIN));
    } catch (AccountRefused refused) {
      LOG.severe(
          () ->
              "No admin account exists and none could be created from headline.admin.*: "
                  + refused.problems()
                  + ". Fix the configuration and restart.");
      return;
    }
    if (generated) {
      LOG.warning(
          "\n*** First start: created the admin account '"
              + username
              + "' with the generated password\n***     "
              + secret
              + "\n*** It is shown this once only. Sign in at /account/login and change it, or set"
              + " headline.admin.password before the first start. ***");
    } else {
      LOG.info(
          () -> "First start: created the admin account '" + username + "' from configuration");
    }
  }
}

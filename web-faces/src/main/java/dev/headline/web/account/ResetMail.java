package dev.headline.web.account;

import dev.headline.core.account.api.PasswordResetRequested;
import dev.headline.web.site.Origin;
import dev.headline.web.site.Site;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails the reset link once the token is committed, off the request thread: the reader's answer
 * does not wait for the SMTP server (and so takes as long whether or not the account exists).
 *
 * <p>The link's origin is {@code headline.mail.link-origin} when set. Otherwise it is the origin of
 * the request that asked, which comes from the {@code Host} header: behind a proxy that passes any
 * host through, set the key, or someone could have links to their own host mailed to your readers.
 */
@ApplicationScoped
public class ResetMail {

  private static final Logger LOG = Logger.getLogger(ResetMail.class.getName());
  private static final String BUNDLE = "dev.headline.web.i18n.messages";

  @Inject HttpServletRequest request;
  @Inject Mailer mailer;
  @Inject Site site;

  @Inject
  @ConfigProperty(name = "headline.mail.link-origin")
  Optional<String> linkOrigin;

  @Resource ManagedExecutorService executor;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordResetRequested reset) {
    String origin =
        linkOrigin
            .filter(o -> !o.isBlank())
            .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
            .orElseGet(() -> Origin.of(request));
    String link = origin + "/account/reset?token=" + reset.token();
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(site.getLanguage()));
    long minutes = Math.max(1, Duration.between(Instant.now(), reset.expiresAt()).toMinutes() + 1);
    String subject = format(bundle, "accountResetMailSubject", site.getName());
    String text =
        format(bundle, "accountResetMailText", reset.displayName(), site.getName(), link, minutes);
    String html =
        format(
            bundle,
            "accountResetMailHtml",
            escape(reset.displayName()),
            escape(site.getName()),
            escape(link),
            minutes);
    String to = reset.email();
    String username = reset.username();
    executor.execute(
        () -> {
          try {
            mailer.send(to, subject, text, html);
            LOG.info(() -> "Password reset link mailed for account " + username);
          } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not mail the password reset link for " + username, e);
          }
        });
  }

  private static String format(ResourceBundle bundle, String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
  }

  /** HTML-escapes text that a reader typed (their display name) or that carries a URL. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

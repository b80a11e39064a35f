package dev.headline.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail over SMTP with Jakarta Mail (the server's implementation: Payara Micro ships Eclipse
 * Angus Mail), configured by {@code headline.mail.*}: host, port, from, username, password,
 * starttls.
 */
@ApplicationScoped
public class Mailer {

  @Inject
  @ConfigProperty(name = "headline.mail.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "headline.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "headline.mail.from", defaultValue = "no-reply@headline.invalid")
  String from;

  @Inject
  @ConfigProperty(name = "headline.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "headline.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "headline.mail.starttls", defaultValue = "false")
  boolean starttls;

  private Session session;

  @PostConstruct
  void init() {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "20000");
    properties.put("mail.smtp.writetimeout", "20000");
    if (starttls) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    Optional<String> user = username.filter(u -> !u.isBlank());
    if (user.isPresent()) {
      properties.put("mail.smtp.auth", "true");
      String secret = password.orElse("");
      session =
          Session.getInstance(
              properties,
              new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                  return new PasswordAuthentication(user.get(), secret);
                }
              });
    } else {
      session = Session.getInstance(properties);
    }
  }

  /** Sends one message with a plain text and an HTML version of the same content. */
  public void send(String to, String subject, String text, String html) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(text, StandardCharsets.UTF_8.name());
    MimeBodyPart rich = new MimeBodyPart();
    rich.setText(html, StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(plain);
    alternative.addBodyPart(rich);
    message.setContent(alternative);
    Transport.send(message);
  }
}

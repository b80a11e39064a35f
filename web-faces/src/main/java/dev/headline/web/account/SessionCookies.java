package dev.headline.web.account;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when {@code headline.session.secure-cookie} is true: for
 * a site behind a proxy that ends HTTPS, where the server itself sees plain HTTP. Without it the
 * server sets {@code Secure} on requests that arrive over HTTPS. {@code HttpOnly} and {@code
 * SameSite=Lax} are set in {@code web.xml}.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue("headline.session.secure-cookie", Boolean.class)
            .orElse(false);
    if (secure) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}

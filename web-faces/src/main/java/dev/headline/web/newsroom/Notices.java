package dev.headline.web.newsroom;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;

/** Messages from the bundle and redirects, for the newsroom's backing beans. */
final class Notices {

  private Notices() {}

  /** A message from the bundle for the whole form, with arguments. */
  static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, null, key, args);
  }

  /** An error from the bundle, on a field ({@code form:field}) or, with null, the form. */
  static void error(String clientId, String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, clientId, key, args);
  }

  /** A text from the bundle. */
  static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
  }

  private static void add(
      FacesMessage.Severity severity, String clientId, String key, Object... a) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(severity, text(key, a), null));
  }

  /** Ends the request with a 303 to a path of the site. */
  static void redirect(String path) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request parameter, or null. */
  static String param(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  /** A positive whole-number request parameter, or {@code fallback} when absent or not one. */
  static int positive(String name, int fallback) {
    String value = param(name);
    if (value == null || !value.matches("[1-9][0-9]{0,8}")) {
      return fallback;
    }
    return Integer.parseInt(value);
  }
}

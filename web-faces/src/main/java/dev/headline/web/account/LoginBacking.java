package dev.headline.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Login to your account": a username or e-mail address and a password. A wrong password, an
 * unknown name and a disabled account get one and the same message; too many failures get another
 * that does not say whether the account exists either.
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SignIn signIn;
  @Inject Forms forms;
  @Inject jakarta.servlet.http.HttpServletRequest request;

  private String login;
  private String password;

  /**
   * Signs in and goes to the page that asked for the login (see {@link ReturnAfterLogin}) or the
   * front page, or stays with a message.
   */
  public void submit() {
    boolean missing = forms.missing("login:user", login, "accountLoginMissing");
    missing |= forms.missing("login:password", password, "accountPasswordMissing");
    if (missing) {
      return;
    }
    String next = ReturnAfterLogin.pathOr(request, "/");
    switch (signIn.signIn(login, password)) {
      case SIGNED_IN -> forms.redirect(next);
      case ANSWERED -> {}
      case THROTTLED -> forms.error(null, "accountThrottled");
      case REFUSED -> forms.error(null, "accountLoginRefused");
    }
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}

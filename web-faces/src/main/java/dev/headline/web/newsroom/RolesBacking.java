package dev.headline.web.newsroom;

import dev.headline.core.account.domain.Account;
import dev.headline.core.account.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Account roles, for admins ({@code /newsroom/roles}): find an account by username or e-mail
 * address (or come from the users screen with {@code ?login=}), tick its roles, save. Every change
 * goes to the audit log (see {@link NewsroomDesk#changeRoles}).
 */
@Named
@ViewScoped
public class RolesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NewsroomDesk desk;

  private String login;
  private String found;
  private Role[] roles = new Role[0];

  @PostConstruct
  void check() {
    desk.auditCount(); // admins only: anyone else gets 403 before the page renders
    String given = Notices.param("login"); // from a row of the users screen
    if (given != null && !given.isBlank() && given.length() <= 254) {
      login = given.strip();
      desk.account(login).ifPresent(this::show);
    }
  }

  /** Looks the account up and shows its roles. */
  public void find() {
    Optional<Account> account = desk.account(login);
    if (account.isEmpty()) {
      found = null;
      Notices.error("roles:login", "newsroomNoSuchAccount");
      return;
    }
    show(account.get());
  }

  /** Saves the ticked roles. */
  public void save() {
    if (found == null) {
      Notices.error("roles:login", "newsroomNoSuchAccount");
      return;
    }
    Set<Role> wanted = EnumSet.noneOf(Role.class);
    wanted.addAll(Arrays.asList(roles));
    try {
      show(desk.changeRoles(found, wanted));
      Notices.info("newsroomRolesSaved");
    } catch (IllegalArgumentException e) {
      Notices.error(null, "newsroomRolesRefused");
    }
  }

  private void show(Account account) {
    found = account.getUsername();
    login = found;
    roles = account.getRoles().toArray(Role[]::new);
  }

  /** The roles an admin may tick (READER is always kept). */
  public List<Role> getChoices() {
    return List.of(Role.CONTRIBUTOR, Role.AUTHOR, Role.EDITOR, Role.ADMIN);
  }

  public String getFound() {
    return found;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles == null ? new Role[0] : roles;
  }
}

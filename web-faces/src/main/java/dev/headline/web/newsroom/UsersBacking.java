package dev.headline.web.newsroom;

import dev.headline.core.account.application.AccountRefused;
import dev.headline.core.account.domain.Account;
import dev.headline.core.account.domain.AccountProblem;
import dev.headline.core.account.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accounts, for admins ({@code /newsroom/users}): every account, oldest first, fifty a page and
 * searchable by username, address or display name ({@code ?q=text&page=2}); from a row, its roles
 * (on the roles screen) and switching it off or on; and a form that opens a staff account whose
 * owner chooses a password through a link sent by mail. Rules and the audit log are {@link
 * SiteDesk}'s.
 *
 * <p>Last login is not shown: accounts do not record it.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 50;

  @Inject transient SiteDesk desk;

  private String query;
  private int page;
  private long total;
  private List<Row> accounts;
  private String username;
  private String email;
  private String displayName;
  private Role[] roles = new Role[0];

  /**
   * An account in the list.
   *
   * @param roles the staff roles, sorted (READER left out: everyone has it)
   */
  public record Row(
      String username,
      String email,
      String displayName,
      String roles,
      Instant created,
      boolean enabled)
      implements Serializable {}

  @PostConstruct
  void load() {
    desk.adminOrRefuse("accounts");
    String q = Notices.param("q");
    query = q == null ? "" : q.strip();
    if (query.length() > 100) {
      query = query.substring(0, 100);
    }
    page = Notices.positive("page", 1);
    refresh();
  }

  private void refresh() {
    total = desk.countAccounts(query);
    accounts =
        desk.accounts(query, page, PAGE_SIZE).stream()
            .map(
                a -> {
                  Set<Role> staff = new TreeSet<>(a.getRoles());
                  staff.remove(Role.READER);
                  return new Row(
                      a.getUsername(),
                      a.getEmail(),
                      a.getDisplayName(),
                      staff.isEmpty() ? "READER" : staff.toString().replaceAll("[\\[\\]]", ""),
                      a.getCreatedAt(),
                      a.isEnabled());
                })
            .toList();
  }

  /** Opens a staff account and sends its owner a link to choose a password. */
  public void create() {
    Set<Role> wanted = EnumSet.noneOf(Role.class);
    wanted.addAll(Arrays.asList(roles));
    wanted.retainAll(getChoices());
    try {
      Account account = desk.createStaff(username, email, displayName, wanted);
      Notices.info("newsroomUserCreated", account.getUsername());
      username = null;
      email = null;
      displayName = null;
      roles = new Role[0];
      refresh();
    } catch (AccountRefused refused) {
      for (AccountProblem problem : refused.problems()) {
        switch (problem) {
          case USERNAME_FORMAT -> Notices.error("create:username", "accountUsernameFormat");
          case USERNAME_TAKEN -> Notices.error("create:username", "accountUsernameTaken");
          case EMAIL_FORMAT -> Notices.error("create:email", "accountEmailFormat");
          case EMAIL_TAKEN -> Notices.error("create:email", "accountEmailTaken");
          case DISPLAY_NAME_FORMAT ->
              Notices.error("create:displayName", "accountDisplayNameFormat");
          default -> Notices.error(null, "newsroomUserRefused");
        }
      }
    }
  }

  /** Switches an account off, or on again. */
  public void toggle(String account) {
    Row row = accounts.stream().filter(r -> r.username().equals(account)).findFirst().orElse(null);
    if (row == null) {
      Notices.error(null, "newsroomNoSuchAccount");
      return;
    }
    try {
      desk.setEnabled(account, !row.enabled());
      Notices.info(row.enabled() ? "newsroomUserDisabled" : "newsroomUserEnabled", account);
    } catch (IllegalArgumentException e) {
      Notices.error(null, "newsroomUserOwnAccount");
    }
    refresh();
  }

  /** The roles an admin may give a new account (READER is always added). */
  public List<Role> getChoices() {
    return List.of(Role.CONTRIBUTOR, Role.AUTHOR, Role.EDITOR, Role.ADMIN);
  }

  public List<Row> getAccounts() {
    return accounts;
  }

  public String getQuery() {
    return query;
  }

  public int getPage() {
    return page;
  }

  public int getPages() {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public long getTotal() {
    return total;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles == null ? new Role[0] : roles;
  }
}

package dev.headline.web.newsroom;

import dev.headline.core.account.domain.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The signed-in member of staff: username and roles, as the container authenticated them.
 *
 * @param username the account's username
 * @param roles the roles the container granted for this request
 */
public record Caller(String username, Set<Role> roles) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  /**
   * The roles the container granted, asked one by one ({@code SecurityContext::isCallerInRole} or
   * {@code HttpServletRequest::isUserInRole}).
   */
  public static Set<Role> rolesGranted(Predicate<String> inRole) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (inRole.test(role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }
}

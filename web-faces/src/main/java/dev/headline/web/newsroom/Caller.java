package dev.headline.web.newsroom;

import dev.headline.core.account.domain.Role;
import java.util.Set;

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
}

package dev.headline.core.content.domain;

import dev.headline.core.account.domain.Role;
import java.util.Set;

/**
 * Who may do what in the newsroom. Pure rules, no container: the newsroom's application service
 * asks these before every change, whatever the screen showed.
 *
 * <ul>
 *   <li>A contributor creates drafts and edits their own drafts only; never publishes.
 *   <li>An author edits their own articles in any state and publishes, schedules and withdraws
 *       them.
 *   <li>An editor does all that for every article, moderates comments, and manages sections and
 *       static pages.
 *   <li>An admin may do everything, and also manages accounts and roles, the site's settings and
 *       menus, and reads the audit log.
 * </ul>
 *
 * <p>An article's owner is the username that created it ({@link Article#getCreatedBy()}); articles
 * without one (made before the newsroom) belong to nobody, so only editors and admins touch them.
 *
 * <pre>{@code
 * if (!EditorialPolicy.mayPublish(roles, caller, article.getCreatedBy())) {
 *   throw new NotAllowed(...);
 * }
 * }</pre>
 */
public final class EditorialPolicy {

  /** The roles that open the newsroom at all. */
  public static final Set<Role> STAFF =
      Set.of(Role.CONTRIBUTOR, Role.AUTHOR, Role.EDITOR, Role.ADMIN);

  private EditorialPolicy() {}

  /** Whether these roles may enter the newsroom. */
  public static boolean mayEnter(Set<Role> roles) {
    return roles.stream().anyMatch(STAFF::contains);
  }

  /** Whether these roles may start a new draft. */
  public static boolean mayCreate(Set<Role> roles) {
    return mayEnter(roles);
  }

  /**
   * Whether the caller may change an article's text, sections and tags.
   *
   * @param roles the caller's roles
   * @param caller the caller's username
   * @param owner the article's creator, or {@code null} for an article without one
   * @param status the article's status now
   */
  public static boolean mayEdit(
      Set<Role> roles, String caller, String owner, ArticleStatus status) {
    if (actsOnAll(roles)) {
      return true;
    }
    if (!owns(caller, owner)) {
      return false;
    }
    if (roles.contains(Role.AUTHOR)) {
      return true;
    }
    return roles.contains(Role.CONTRIBUTOR) && status == ArticleStatus.DRAFT;
  }

  /** Whether the caller may publish, schedule or withdraw an article. */
  public static boolean mayPublish(Set<Role> roles, String caller, String owner) {
    return actsOnAll(roles) || (roles.contains(Role.AUTHOR) && owns(caller, owner));
  }

  /** Whether the caller may see an article in the newsroom and preview it. */
  public static boolean mayView(Set<Role> roles, String caller, String owner) {
    return actsOnAll(roles) || (mayEnter(roles) && owns(caller, owner));
  }

  /** Whether these roles may list every article, not only their own. */
  public static boolean maySeeAll(Set<Role> roles) {
    return actsOnAll(roles);
  }

  /**
   * Whether these roles may upload images into the media library from the article editor: the staff
   * roles that may start an article. Setting an article's image (from the library) is part of
   * editing it ({@link #mayEdit}).
   */
  public static boolean mayUpload(Set<Role> roles) {
    return mayCreate(roles);
  }

  /** Whether these roles may add a new byline (an {@code Author}) to the list of authors. */
  public static boolean mayCreateAuthor(Set<Role> roles) {
    return actsOnAll(roles);
  }

  /** Whether these roles may approve, reject and delete readers' comments. */
  public static boolean mayModerate(Set<Role> roles) {
    return actsOnAll(roles);
  }

  /** Whether these roles may create, rename, move and delete sections. */
  public static boolean mayManageSections(Set<Role> roles) {
    return actsOnAll(roles);
  }

  /** Whether these roles may write, change and delete static pages ("About us", ...). */
  public static boolean mayManagePages(Set<Role> roles) {
    return actsOnAll(roles);
  }

  /**
   * Whether these roles may change accounts' roles, create and disable accounts, change the site's
   * settings and read the audit log.
   */
  public static boolean mayAdminister(Set<Role> roles) {
    return roles.contains(Role.ADMIN);
  }

  private static boolean actsOnAll(Set<Role> roles) {
    return roles.contains(Role.EDITOR) || roles.contains(Role.ADMIN);
  }

  private static boolean owns(String caller, String owner) {
    return owner != null && caller != null && owner.equals(caller);
  }
}

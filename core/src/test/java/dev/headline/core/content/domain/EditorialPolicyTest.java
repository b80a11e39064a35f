package dev.headline.core.content.domain;

import static dev.headline.core.account.domain.Role.ADMIN;
import static dev.headline.core.account.domain.Role.AUTHOR;
import static dev.headline.core.account.domain.Role.CONTRIBUTOR;
import static dev.headline.core.account.domain.Role.EDITOR;
import static dev.headline.core.account.domain.Role.READER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.headline.core.account.domain.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole role matrix: each role against each action, on its own and on others' articles. */
class EditorialPolicyTest {

  private static final String ME = "me";
  private static final String OTHER = "other";

  /** What each single role may do: enter, create, see all, moderate, sections, administer. */
  @Test
  void roleWideRights() {
    expect(Set.of(), false, false, false, false, false, false);
    expect(Set.of(READER), false, false, false, false, false, false);
    expect(Set.of(CONTRIBUTOR), true, true, false, false, false, false);
    expect(Set.of(AUTHOR), true, true, false, false, false, false);
    expect(Set.of(EDITOR), true, true, true, true, true, false);
    expect(Set.of(ADMIN), true, true, true, true, true, true);
    expect(Set.of(READER, EDITOR), true, true, true, true, true, false);
  }

  private static void expect(
      Set<Role> roles,
      boolean enter,
      boolean create,
      boolean all,
      boolean moderate,
      boolean sections,
      boolean administer) {
    assertEquals(enter, EditorialPolicy.mayEnter(roles), "enter " + roles);
    assertEquals(create, EditorialPolicy.mayCreate(roles), "create " + roles);
    assertEquals(all, EditorialPolicy.maySeeAll(roles), "see all " + roles);
    assertEquals(moderate, EditorialPolicy.mayModerate(roles), "moderate " + roles);
    assertEquals(sections, EditorialPolicy.mayManageSections(roles), "sections " + roles);
    // Static pages are editorial text: whoever manages sections manages them too.
    assertEquals(sections, EditorialPolicy.mayManagePages(roles), "pages " + roles);
    assertEquals(administer, EditorialPolicy.mayAdminister(roles), "administer " + roles);
  }

  @Test
  void editingFollowsRoleOwnershipAndStatus() {
    for (ArticleStatus status : ArticleStatus.values()) {
      boolean draft = status == ArticleStatus.DRAFT;
      for (Role role : Role.values()) {
        Set<Role> roles = EnumSet.of(role);
        boolean all = role == EDITOR || role == ADMIN;
        boolean own = all || role == AUTHOR || (role == CONTRIBUTOR && draft);
        assertEquals(own, EditorialPolicy.mayEdit(roles, ME, ME, status), role + " own " + status);
        assertEquals(
            all, EditorialPolicy.mayEdit(roles, ME, OTHER, status), role + " other's " + status);
        assertEquals(
            all, EditorialPolicy.mayEdit(roles, ME, null, status), role + " ownerless " + status);
      }
    }
  }

  @Test
  void publishingIsForAuthorsOnTheirOwnAndEditorsOnAll() {
    for (Role role : Role.values()) {
      Set<Role> roles = EnumSet.of(role);
      boolean all = role == EDITOR || role == ADMIN;
      assertEquals(all || role == AUTHOR, EditorialPolicy.mayPublish(roles, ME, ME), role + " own");
      assertEquals(all, EditorialPolicy.mayPublish(roles, ME, OTHER), role + " other's");
      assertEquals(all, EditorialPolicy.mayPublish(roles, ME, null), role + " ownerless");
    }
  }

  @Test
  void viewingIsForStaffOnTheirOwnAndEditorsOnAll() {
    for (Role role : Role.values()) {
      Set<Role> roles = EnumSet.of(role);
      boolean all = role == EDITOR || role == ADMIN;
      boolean staff = role != READER;
      assertEquals(staff, EditorialPolicy.mayView(roles, ME, ME), role + " own");
      assertEquals(all, EditorialPolicy.mayView(roles, ME, OTHER), role + " other's");
      assertEquals(all, EditorialPolicy.mayView(roles, ME, null), role + " ownerless");
    }
  }

  @Test
  void noCallerOwnsNothing() {
    assertEquals(false, EditorialPolicy.mayEdit(Set.of(AUTHOR), null, null, ArticleStatus.DRAFT));
    assertEquals(false, EditorialPolicy.mayPublish(Set.of(AUTHOR), null, null));
  }

  /** Uploading needs a role that may start an article; adding bylines is for editors and admins. */
  @Test
  void uploadsAndNewBylines() {
    assertEquals(false, EditorialPolicy.mayUpload(Set.of()));
    assertEquals(false, EditorialPolicy.mayUpload(Set.of(READER)));
    for (Role staff : Set.of(CONTRIBUTOR, AUTHOR, EDITOR, ADMIN)) {
      assertEquals(true, EditorialPolicy.mayUpload(Set.of(staff)), staff::name);
    }
    assertEquals(false, EditorialPolicy.mayCreateAuthor(Set.of(READER)));
    assertEquals(false, EditorialPolicy.mayCreateAuthor(Set.of(CONTRIBUTOR)));
    assertEquals(false, EditorialPolicy.mayCreateAuthor(Set.of(AUTHOR)));
    assertEquals(true, EditorialPolicy.mayCreateAuthor(Set.of(EDITOR)));
    assertEquals(true, EditorialPolicy.mayCreateAuthor(Set.of(ADMIN)));
    assertEquals(true, EditorialPolicy.mayCreateAuthor(Set.of(READER, EDITOR)));
  }
}

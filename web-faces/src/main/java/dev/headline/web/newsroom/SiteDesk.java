package dev.headline.web.newsroom;

import dev.headline.core.account.application.AccountService;
import dev.headline.core.account.domain.Account;
import dev.headline.core.account.domain.Role;
import dev.headline.core.audit.domain.AuditEntry;
import dev.headline.core.audit.domain.AuditLog;
import dev.headline.core.content.domain.EditorialPolicy;
import dev.headline.core.page.domain.Page;
import dev.headline.core.page.domain.PageRepository;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.taxonomy.tree.api.Sections;
import dev.headline.web.account.AccountChanged;
import dev.headline.web.site.SiteIdentity;
import dev.headline.web.site.SiteSettings;
import dev.headline.web.site.SiteSettingsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The newsroom's site management: the site's identity and menus, static pages and accounts. Like
 * {@link NewsroomDesk}, every method checks the caller's roles ({@link EditorialPolicy}) before it
 * touches anything, whatever the screen offered, and writes each change to the audit log in the
 * change's own transaction.
 *
 * <p>Who may: the site's settings, menus and accounts are for admins ({@link
 * EditorialPolicy#mayAdminister}); static pages for editors and admins ({@link
 * EditorialPolicy#mayManagePages}), since they are editorial text like articles.
 *
 * <p>Readers see a change on their next page: {@link SiteSettingsChanged} (and the taxonomy's own
 * event for menus) makes the in-memory settings, the footer's page list and the page cache reload
 * once the transaction has committed.
 */
@ApplicationScoped
@Transactional
public class SiteDesk {

  @Inject NewsroomDesk desk;
  @Inject SiteSettings settings;
  @Inject Sections sections;
  @Inject Taxonomy taxonomy;
  @Inject PageRepository pages;
  @Inject AccountService accounts;
  @Inject Event<AccountChanged> accountChanged;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<SiteSettingsChanged> changed;

  // ---- site identity and menus (admins) ----

  /**
   * Stores the site's name, tagline, description and social links over configuration's.
   *
   * @return the rules it breaks; empty when it was stored
   */
  public List<SiteIdentity.Problem> saveIdentity(SiteIdentity identity) {
    Caller caller = adminOrRefuse("site settings");
    List<SiteIdentity.Problem> problems = identity.problems();
    if (!problems.isEmpty()) {
      return problems;
    }
    settings.replaceAll(identity.settings(), caller.username());
    record(caller, "SITE_SETTINGS", "site", "name " + identity.name());
    changed.fire(new SiteSettingsChanged("identity"));
    return List.of();
  }

  /** Forgets the admin's settings: configuration's values show again. */
  public void resetIdentity() {
    Caller caller = adminOrRefuse("site settings");
    settings.replaceAll(Map.of(), caller.username());
    record(caller, "SITE_SETTINGS", "site", "back to configuration");
    changed.fire(new SiteSettingsChanged("identity"));
  }

  /** The site's menus by name. */
  public List<String> menuNames() {
    adminOrRefuse("menus");
    return sections.menuNames();
  }

  /** Whether a menu was arranged here (rather than following configuration). */
  public boolean menuArranged(String name) {
    adminOrRefuse("menus");
    return sections.menuArranged(name);
  }

  /**
   * Puts these top-level sections, in order, in a menu.
   *
   * @throws dev.headline.taxonomy.tree.domain.TaxonomyException when the menu or a section is
   *     refused
   */
  public void arrangeMenu(String name, List<Long> sectionIds) {
    Caller caller = adminOrRefuse("menus");
    sections.arrangeMenu(name, sectionIds);
    String slugs =
        String.join(
            ",",
            sectionIds.stream()
                .map(id -> taxonomy.section(id).map(Section::slug).orElse(String.valueOf(id)))
                .toList());
    record(caller, "MENU", "menu " + name, slugs);
  }

  /** Lets a menu follow configuration again. */
  public void followConfiguration(String name) {
    Caller caller = adminOrRefuse("menus");
    sections.followConfiguration(name);
    record(caller, "MENU", "menu " + name, "back to configuration");
  }

  // ---- static pages (editors and admins) ----

  /** Every static page, in menu order. */
  public List<Page> pages() {
    pageManagerOrRefuse();
    return pages.all();
  }

  /** One static page, if it exists. */
  public Optional<Page> page(long id) {
    pageManagerOrRefuse();
    return pages.find(id);
  }

  /**
   * A new static page.
   *
   * @throws PageRefused when the draft breaks a rule or its address is taken
   */
  public Page createPage(PageDraft draft) {
    Caller caller = pageManagerOrRefuse();
    check(draft, null);
    Page page =
        pages.save(new Page(draft.address(), draft.title(), draft.body(), draft.position()));
    record(caller, "PAGE_CREATE", subject(page), null);
    changed.fire(new SiteSettingsChanged("page " + page.getSlug()));
    return page;
  }

  /**
   * Saves a static page over the version the form was made from.
   *
   * @throws PageConflict when it was saved or deleted in between
   * @throws PageRefused when the draft breaks a rule or its address is taken
   */
  public Page savePage(long id, long version, PageDraft draft) {
    Caller caller = pageManagerOrRefuse();
    Page page = pages.find(id).orElseThrow(() -> new PageConflict(id));
    if (page.getVersion() != version) {
      throw new PageConflict(id);
    }
    check(draft, id);
    String before = page.getSlug();
    page.setTitle(draft.title());
    page.setSlug(draft.address());
    page.setBody(draft.body());
    page.setPosition(draft.position());
    Page saved = pages.save(page);
    record(caller, "PAGE_EDIT", subject(saved), before.equals(saved.getSlug()) ? null : before);
    changed.fire(new SiteSettingsChanged("page " + saved.getSlug()));
    return saved;
  }

  /**
   * Deletes a static page if it is still the version the list showed.
   *
   * @throws PageConflict when it was saved or deleted in between
   */
  public void deletePage(long id, long version) {
    Caller caller = pageManagerOrRefuse();
    Page page = pages.find(id).orElseThrow(() -> new PageConflict(id));
    if (page.getVersion() != version) {
      throw new PageConflict(id);
    }
    pages.delete(page);
    record(caller, "PAGE_DELETE", subject(page), null);
    changed.fire(new SiteSettingsChanged("page " + page.getSlug()));
  }

  private void check(PageDraft draft, Long id) {
    List<String> topLevel = taxonomy.roots().stream().map(Section::slug).toList();
    List<PageDraft.Problem> problems = new java.util.ArrayList<>(draft.problems(topLevel));
    if (problems.stream().noneMatch(p -> p.field().equals("slug"))) {
      Optional<Page> holder = pages.findBySlug(draft.address());
      if (holder.isPresent() && !holder.get().getId().equals(id)) {
        problems.add(new PageDraft.Problem("slug", "newsroomPageSlugTaken"));
      }
    }
    if (!problems.isEmpty()) {
      throw new PageRefused(problems);
    }
  }

  private static String subject(Page page) {
    return "page " + page.getId() + " /" + page.getSlug();
  }

  // ---- accounts (admins) ----

  /** A page of accounts, oldest first, matching {@code text} (blank: all). */
  public List<Account> accounts(String text, int page, int size) {
    adminOrRefuse("accounts");
    return accounts.list(text, (page - 1) * size, size);
  }

  /** How many accounts {@link #accounts} has in all. */
  public long countAccounts(String text) {
    adminOrRefuse("accounts");
    return accounts.count(text);
  }

  /**
   * Opens a staff account; its owner gets a link by mail to choose a password.
   *
   * @throws dev.headline.core.account.application.AccountRefused when a field breaks a rule or the
   *     username or address is taken
   */
  public Account createStaff(String username, String email, String displayName, Set<Role> roles) {
    Caller caller = adminOrRefuse("accounts");
    Set<Role> granted = EnumSet.of(Role.READER);
    granted.addAll(roles);
    Account account =
        accounts.createStaff(
            username,
            email,
            displayName == null || displayName.isBlank() ? null : displayName,
            granted);
    record(
        caller,
        "ACCOUNT_CREATE",
        "account " + account.getUsername(),
        new TreeSet<>(account.getRoles()).toString());
    return account;
  }

  /**
   * Switches an account off (it can no longer sign in) or on again. An admin cannot switch off
   * their own account.
   *
   * @throws IllegalArgumentException when there is no such account, or for one's own
   */
  public Account setEnabled(String username, boolean enabled) {
    Caller caller = adminOrRefuse("accounts");
    Account account =
        accounts.find(username).orElseThrow(() -> new IllegalArgumentException("no account"));
    if (!enabled && account.getUsername().equals(caller.username())) {
      throw new IllegalArgumentException("own account");
    }
    Account done = accounts.setEnabled(account.getId(), enabled);
    // Its open sessions end on their next request once this commits (RevokedSessions).
    accountChanged.fire(new AccountChanged(done.getUsername()));
    record(
        caller,
        enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE",
        "account " + done.getUsername(),
        null);
    return done;
  }

  // ---- checks ----

  /** The caller if an admin; {@link NotAllowed} otherwise. */
  public Caller adminOrRefuse(String what) {
    Caller caller = desk.caller();
    if (!EditorialPolicy.mayAdminister(caller.roles())) {
      throw new NotAllowed(what);
    }
    return caller;
  }

  /** The caller if they may manage static pages; {@link NotAllowed} otherwise. */
  public Caller pageManagerOrRefuse() {
    Caller caller = desk.caller();
    if (!EditorialPolicy.mayManagePages(caller.roles())) {
      throw new NotAllowed("static pages");
    }
    return caller;
  }

  private void record(Caller caller, String action, String subject, String detail) {
    audit.record(new AuditEntry(clock.instant(), caller.username(), action, subject, detail));
  }
}

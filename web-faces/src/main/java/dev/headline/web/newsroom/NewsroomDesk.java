package dev.headline.web.newsroom;

import dev.headline.core.account.domain.Role;
import dev.headline.core.audit.domain.AuditEntry;
import dev.headline.core.audit.domain.AuditLog;
import dev.headline.core.content.application.ArticleNotFound;
import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleStatus;
import dev.headline.core.content.domain.EditorialPolicy;
import dev.headline.core.content.domain.Slugs;
import dev.headline.engagement.comments.api.CommentModeration;
import dev.headline.engagement.comments.api.CommentStatus;
import dev.headline.engagement.comments.api.ModerationAction;
import dev.headline.engagement.comments.api.QueuePage;
import dev.headline.taxonomy.tree.api.Sections;
import dev.headline.web.account.AccountChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The newsroom's application service: every change the newsroom makes goes through here, and here
 * the caller's roles are checked against {@link EditorialPolicy} before anything is touched,
 * whatever the screen offered. A refused call throws {@link NotAllowed} (the page answers 403).
 *
 * <p>Why explicit checks rather than {@code @RolesAllowed}: the rules depend on the article's owner
 * and status, not only on the role, and CDI beans in a WAR have no role interceptor. The caller and
 * the roles come from Jakarta Security's {@link SecurityContext}, so they are those the container
 * authenticated, never anything the request says about itself.
 *
 * <p>Publishing, scheduling, withdrawing, deleting comments and role changes are written to the
 * audit log in the same transaction as the change.
 */
@ApplicationScoped
@Transactional
public class NewsroomDesk {

  @Inject SecurityContext security;
  @Inject Event<AccountChanged> accountChanged;
  @Inject ArticleService articles;
  @Inject Sections sections;
  @Inject CommentModeration moderation;
  @Inject AuditLog audit;
  @Inject dev.headline.core.account.application.AccountService accounts;
  @Inject Clock clock;
  @Inject dev.headline.core.media.application.MediaLibrary library;
  @Inject dev.headline.core.author.application.AuthorDirectory authors;

  /** The signed-in caller; {@link NotAllowed} for anyone who is not staff. */
  public Caller caller() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      throw new NotAllowed("not signed in");
    }
    Set<Role> roles = Caller.rolesGranted(security::isCallerInRole);
    if (!EditorialPolicy.mayEnter(roles)) {
      throw new NotAllowed("the newsroom is for staff");
    }
    return new Caller(principal.getName(), roles);
  }

  /** An article the caller may see; {@link ArticleNotFound} or {@link NotAllowed} otherwise. */
  public Article open(long id) {
    Caller caller = caller();
    Article article = articles.find(id).orElseThrow(() -> new ArticleNotFound(id));
    if (!EditorialPolicy.mayView(caller.roles(), caller.username(), article.getCreatedBy())) {
      throw new NotAllowed("article " + id);
    }
    return article;
  }

  /** Whether the caller may change this article's text now. */
  public boolean mayEdit(Article article) {
    Caller caller = caller();
    return EditorialPolicy.mayEdit(
        caller.roles(), caller.username(), article.getCreatedBy(), article.getStatus());
  }

  /** Whether the caller may publish, schedule or withdraw this article. */
  public boolean mayPublish(Article article) {
    Caller caller = caller();
    return EditorialPolicy.mayPublish(caller.roles(), caller.username(), article.getCreatedBy());
  }

  /** The sections the article is filed in by hand, primary first. */
  public List<Long> filing(long articleId) {
    open(articleId);
    return sections.filing(articleId);
  }

  /**
   * A page of the article list: all articles (or those created by {@code by}) for editors and
   * admins, the caller's own for contributors and authors.
   */
  public List<Article> list(ArticleStatus status, String text, String by, int page, int size) {
    return articles.newsroom(status, text, ownerFilter(caller(), by), page, size);
  }

  /** How many articles {@link #list} has in all. */
  public long count(ArticleStatus status, String text, String by) {
    return articles.countNewsroom(status, text, ownerFilter(caller(), by));
  }

  /**
   * A page of the article list restricted to a section and everything under it, with the same owner
   * rule and filters as {@link #list}.
   */
  public SectionPage listIn(
      long sectionId, ArticleStatus status, String text, String by, int page, int size) {
    Sections.Filed filed =
        sections.filedUnder(
            sectionId,
            status == null ? null : status.name(),
            text,
            ownerFilter(caller(), by),
            (page - 1) * size,
            size);
    List<Article> shown =
        filed.articleIds().stream()
            .map(articles::find)
            .flatMap(java.util.Optional::stream)
            .toList();
    return new SectionPage(shown, filed.total());
  }

  /** A page of {@link #listIn} and how many articles match in all. */
  public record SectionPage(List<Article> articles, long total) {}

  private static String ownerFilter(Caller caller) {
    return ownerFilter(caller, null);
  }

  /** The creator to list: the caller unless they see all, else {@code by} (blank: everyone). */
  private static String ownerFilter(Caller caller, String by) {
    if (!EditorialPolicy.maySeeAll(caller.roles())) {
      return caller.username();
    }
    return by == null || by.isBlank() ? null : by.strip();
  }

  /** A new draft owned by the caller, filed as asked. */
  public Article create(ArticleDraft draft) {
    Caller caller = caller();
    if (!EditorialPolicy.mayCreate(caller.roles())) {
      throw new NotAllowed("create");
    }
    Article article =
        articles.createDraft(
            draft.title(),
            a -> {
              a.setCreatedBy(caller.username());
              a.setStandfirst(blankToNull(draft.standfirst()));
              a.setBody(draft.body() == null ? "" : draft.body());
              dress(a, draft);
            });
    if (draft.slug() != null && !draft.slug().isBlank()) {
      String slug = articles.uniqueSlug(Slugs.of(draft.slug()), article.getId());
      article = articles.update(article.getId(), a -> a.setSlug(slug));
    }
    file(article.getId(), draft);
    return article;
  }

  /**
   * Saves the editor's text over the version it was made from.
   *
   * @throws dev.headline.core.content.application.ArticleConflict when someone saved in between
   */
  public Article save(long id, long version, ArticleDraft draft) {
    Article current = open(id);
    if (!mayEdit(current)) {
      throw new NotAllowed("edit article " + id);
    }
    String slug =
        draft.slug() == null || draft.slug().isBlank() ? current.getSlug() : Slugs.of(draft.slug());
    if (slug.isEmpty()) {
      slug = current.getSlug();
    }
    String chosen = slug;
    Article saved =
        articles.update(
            id,
            version,
            a -> {
              a.setTitle(draft.title());
              a.setSlug(chosen);
              a.setStandfirst(blankToNull(draft.standfirst()));
              a.setBody(draft.body() == null ? "" : draft.body());
              dress(a, draft);
            });
    file(id, draft);
    return saved;
  }

  /**
   * Sets the featured image and the bylines the draft carries (an image no longer in the library
   * counts as none; unknown authors are left out). Part of the same change as the text, so one save
   * is one version.
   */
  private void dress(Article article, ArticleDraft draft) {
    ArticleDraft.FeaturedChoice image = draft.featured();
    if (image != null) {
      var media = image.mediaId() == null ? null : library.find(image.mediaId()).orElse(null);
      article.setFeaturedImage(
          media,
          media == null ? null : cut(image.caption(), 1000),
          media == null ? null : cut(image.alt(), 500));
    }
    if (draft.authorIds() != null) {
      article.setAuthors(authors.inOrder(draft.authorIds()));
    }
  }

  private static String cut(String text, int max) {
    String kept = blankToNull(text);
    return kept == null || kept.length() <= max ? kept : kept.substring(0, max);
  }

  private void file(long id, ArticleDraft draft) {
    sections.file(id, draft.primarySection(), draft.secondarySections(), draft.tags());
  }

  /** Publishes now. */
  public Article publish(long id) {
    Caller caller = mayPublishOrRefuse(id);
    Article done = articles.publish(id);
    record(caller, "PUBLISH", done, null);
    return done;
  }

  /** Schedules for {@code when} (a time already past publishes at once). */
  public Article schedule(long id, Instant when) {
    Caller caller = mayPublishOrRefuse(id);
    Article done = articles.schedule(id, when);
    record(caller, "SCHEDULE", done, when.toString());
    return done;
  }

  /** Takes an article off the site. */
  public Article withdraw(long id) {
    Caller caller = mayPublishOrRefuse(id);
    Article done = articles.withdraw(id);
    record(caller, "WITHDRAW", done, null);
    return done;
  }

  private Caller mayPublishOrRefuse(long id) {
    Caller caller = caller();
    Article article = open(id);
    if (!EditorialPolicy.mayPublish(caller.roles(), caller.username(), article.getCreatedBy())) {
      throw new NotAllowed("publish article " + id);
    }
    return caller;
  }

  private void record(Caller caller, String action, Article article, String detail) {
    audit.record(
        new AuditEntry(
            clock.instant(),
            caller.username(),
            action,
            "article " + article.getId() + " \u201c" + article.getTitle() + "\u201d",
            detail));
  }

  /** The dashboard's figures and lists, for the caller. */
  public Dashboard dashboard() {
    Caller caller = caller();
    String mine = caller.username();
    List<Article> drafts = articles.newsroom(ArticleStatus.DRAFT, null, mine, 1, 10);
    List<Article> scheduled =
        articles.newsroom(ArticleStatus.SCHEDULED, null, ownerFilter(caller), 1, 10);
    List<Article> published =
        articles.newsroom(ArticleStatus.PUBLISHED, null, ownerFilter(caller), 1, 10);
    Long pending =
        EditorialPolicy.mayModerate(caller.roles())
            ? moderation.counts().getOrDefault(CommentStatus.PENDING, 0L)
            : null;
    return new Dashboard(caller, drafts, scheduled, published, pending);
  }

  /** A page of the comment queue; editors and admins only. */
  public QueuePage comments(CommentStatus status, int page, int size) {
    moderatorOrRefuse();
    return moderation.queue(status, page, size);
  }

  /** How many comments each tab holds; editors and admins only. */
  public Map<CommentStatus, Long> commentCounts() {
    moderatorOrRefuse();
    return moderation.counts();
  }

  /** Approves, marks as spam, trashes, restores or deletes comments; deletions are audited. */
  public int moderate(ModerationAction action, Collection<Long> ids) {
    Caller caller = moderatorOrRefuse();
    int changed = moderation.apply(action, ids, caller.username());
    if (action == ModerationAction.DELETE && changed > 0) {
      audit.record(
          new AuditEntry(
              clock.instant(), caller.username(), "DELETE_COMMENTS", "comments " + ids, null));
    }
    return changed;
  }

  private Caller moderatorOrRefuse() {
    Caller caller = caller();
    if (!EditorialPolicy.mayModerate(caller.roles())) {
      throw new NotAllowed("moderate comments");
    }
    return caller;
  }

  /** A new section under {@code parentId} (null: top level); editors and admins only. */
  public long createSection(Long parentId, String name, String slug) {
    Caller caller = sectionManagerOrRefuse();
    long id = sections.create(parentId, name, slug, null);
    record(caller, "CREATE_SECTION", "section " + id + " " + name, null);
    return id;
  }

  /** Renames a section (a blank slug keeps or derives one); editors and admins only. */
  public void renameSection(long id, String name, String slug) {
    Caller caller = sectionManagerOrRefuse();
    sections.rename(id, name, slug);
    record(caller, "RENAME_SECTION", "section " + id, name);
  }

  /** Moves a section under another (null: top level) at a position; editors and admins only. */
  public void moveSection(long id, Long parentId, int position) {
    Caller caller = sectionManagerOrRefuse();
    sections.move(id, parentId, position);
    record(caller, "MOVE_SECTION", "section " + id, "under " + parentId + " at " + position);
  }

  /** Deletes a section; its articles go to its heir. Editors and admins only. */
  public void deleteSection(long id) {
    Caller caller = sectionManagerOrRefuse();
    sections.delete(id);
    record(caller, "DELETE_SECTION", "section " + id, null);
  }

  /** Refuses anyone who may not manage sections. */
  public Caller sectionManagerOrRefuse() {
    Caller caller = caller();
    if (!EditorialPolicy.mayManageSections(caller.roles())) {
      throw new NotAllowed("sections");
    }
    return caller;
  }

  private void record(Caller caller, String action, String subject, String detail) {
    audit.record(new AuditEntry(clock.instant(), caller.username(), action, subject, detail));
  }

  /** The account with this username or e-mail address; admins only. */
  public java.util.Optional<dev.headline.core.account.domain.Account> account(String login) {
    administratorOrRefuse();
    return accounts.find(login);
  }

  /**
   * Replaces an account's staff roles (READER is always kept) and writes the change to the audit
   * log; admins only. An admin cannot take the ADMIN role from themselves (there would be no way
   * back if they were the last one).
   *
   * @return the account after the change
   * @throws IllegalArgumentException when there is no such account, or for the self-demotion
   */
  public dev.headline.core.account.domain.Account changeRoles(String login, Set<Role> roles) {
    administratorOrRefuse();
    Caller caller = caller();
    var account =
        accounts.find(login).orElseThrow(() -> new IllegalArgumentException("no account"));
    if (account.getUsername().equals(caller.username()) && !roles.contains(Role.ADMIN)) {
      throw new IllegalArgumentException("own admin role");
    }
    String before = new java.util.TreeSet<>(account.getRoles()).toString();
    var changed = accounts.changeRoles(account.getId(), roles);
    // Its open sessions end on their next request once this commits (RevokedSessions).
    accountChanged.fire(new AccountChanged(changed.getUsername()));
    audit.record(
        new AuditEntry(
            clock.instant(),
            caller.username(),
            "ROLE_CHANGE",
            "account " + changed.getUsername(),
            before + " → " + new java.util.TreeSet<>(changed.getRoles())));
    return changed;
  }

  /** A page of the audit log, newest first; admins only. */
  public List<AuditEntry> audit(int page, int size) {
    administratorOrRefuse();
    return audit.newest((page - 1) * size, size);
  }

  /** How many audit entries there are; admins only. */
  public long auditCount() {
    administratorOrRefuse();
    return audit.count();
  }

  private void administratorOrRefuse() {
    if (!EditorialPolicy.mayAdminister(caller().roles())) {
      throw new NotAllowed("audit log");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * The dashboard's model.
   *
   * @param pendingComments comments waiting for moderation, or null when the caller does not
   *     moderate
   */
  public record Dashboard(
      Caller caller,
      List<Article> drafts,
      List<Article> scheduled,
      List<Article> published,
      Long pendingComments) {}
}

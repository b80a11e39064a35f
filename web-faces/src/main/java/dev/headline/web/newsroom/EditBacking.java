package dev.headline.web.newsroom;

import dev.headline.core.content.application.ArticleConflict;
import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleStatus;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The article editor ({@code /newsroom/edit} for a new draft, {@code ?id=12} for an article).
 *
 * <p>The form remembers the version it was opened from. When someone else saved the article in
 * between, the save changes nothing: the page says so, shows the stored version beside the form
 * (which keeps everything typed), and a second save then deliberately replaces theirs.
 *
 * <p>Buttons follow the caller's rights, but the rights are enforced by {@link NewsroomDesk}.
 */
@Named
@ViewScoped
public class EditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Inject NewsroomDesk desk;
  @Inject Taxonomy taxonomy;

  // The featured image and byline pickers (WEB-INF/includes/newsroom/*.xhtml) keep their own state.
  @Inject FeaturedImageBacking featured;
  @Inject BylineBacking byline;

  private Long id;
  private long version;
  private String status;
  private String slugNow;
  private boolean mayEdit = true;
  private boolean mayPublish;

  private String title;
  private String slug;
  private String standfirst;
  private String body;
  private Long primarySection;
  private Long[] secondarySections = new Long[0];
  private String tags;
  private String scheduleAt;

  private TheirVersion theirs;

  @PostConstruct
  void open() {
    String wanted = Notices.param("id");
    if (wanted == null) {
      desk.caller();
      return;
    }
    if (!wanted.matches("[1-9][0-9]{0,17}")) {
      throw new dev.headline.core.content.application.ArticleNotFound(0);
    }
    id = Long.parseLong(wanted);
    Article article = desk.open(id);
    show(article);
    title = article.getTitle();
    slug = article.getSlug();
    standfirst = article.getStandfirst();
    body = article.getBody();
    List<Long> filing = desk.filing(id);
    primarySection = filing.isEmpty() ? null : filing.get(0);
    secondarySections =
        filing.isEmpty() ? new Long[0] : filing.subList(1, filing.size()).toArray(Long[]::new);
    tags = String.join(", ", taxonomy.tagsOf(id).stream().map(Taxonomy.Tag::name).toList());
    if (article.getPublishedAt() != null) {
      scheduleAt = LOCAL.format(article.getPublishedAt().atOffset(ZoneOffset.UTC));
    }
    if ("saved".equals(Notices.param("done"))) {
      Notices.info("newsroomSaved");
    }
  }

  private void show(Article article) {
    version = article.getVersion();
    status = article.getStatus().name();
    slugNow = article.getSlug();
    mayEdit = desk.mayEdit(article);
    mayPublish = desk.mayPublish(article);
  }

  /** Saves the draft: creates it the first time, else saves over the version opened. */
  public void save() {
    if (store()) {
      Notices.info("newsroomSaved");
    }
  }

  /** Saves what was typed (if the caller may), then publishes now. */
  public void publish() {
    if (saveFirst()) {
      show(desk.publish(id));
      Notices.info("newsroomPublished");
    }
  }

  /** Saves what was typed, then schedules for the time given (UTC, to the minute or second). */
  public void schedule() {
    Instant when;
    try {
      when =
          scheduleAt == null
              ? null
              : LocalDateTime.parse(scheduleAt).toInstant(ZoneOffset.UTC); // seconds optional
    } catch (DateTimeParseException e) {
      when = null;
    }
    if (when == null) {
      Notices.error("edit:scheduleAt", "newsroomScheduleMissing");
      return;
    }
    if (saveFirst()) {
      show(desk.schedule(id, when));
      Notices.info("newsroomScheduled");
    }
  }

  /** Takes the article off the site. */
  public void withdraw() {
    if (id != null) {
      show(desk.withdraw(id));
      Notices.info("newsroomWithdrawn");
    }
  }

  private boolean saveFirst() {
    if (id == null) {
      return store() && id != null;
    }
    return !mayEdit || store();
  }

  /** Stores the form; false (with a message) when it could not. */
  private boolean store() {
    if (title == null || title.isBlank()) {
      Notices.error("edit:title", "newsroomTitleMissing");
      return false;
    }
    ArticleDraft draft =
        new ArticleDraft(
            title,
            slug,
            standfirst,
            body,
            primarySection,
            Arrays.stream(secondarySections).filter(Objects::nonNull).toList(),
            Arrays.stream(tags == null ? new String[0] : tags.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList());
    draft = draft.dressed(featured.choice(), byline.choice());
    if (id == null) {
      Article created = desk.create(draft);
      if (autosaving) {
        // The page stays put (the script moves its address to ?id=); the next save is in place.
        id = created.getId();
        show(created);
        slug = created.getSlug();
        return true;
      }
      Notices.redirect("/newsroom/edit?id=" + created.getId() + "&done=saved");
      return false;
    }
    try {
      Article saved = desk.save(id, version, draft);
      theirs = null;
      show(saved);
      slug = saved.getSlug();
      return true;
    } catch (ArticleConflict conflict) {
      conflictWith(conflict.current());
    } catch (IllegalArgumentException taken) {
      Notices.error("edit:slug", "newsroomSlugTaken");
    } catch (RuntimeException e) {
      if (!lostRace(e)) {
        throw e;
      }
      conflictWith(desk.open(id));
    }
    return false;
  }

  private void conflictWith(Article current) {
    theirs =
        new TheirVersion(
            current.getTitle(),
            current.getSlug(),
            current.getStandfirst(),
            current.getBody(),
            current.getVersion());
    // The next save is a deliberate choice to replace their version with this form.
    version = current.getVersion();
    status = current.getStatus().name();
    Notices.error(null, "newsroomConflict");
  }

  private static boolean lostRace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  // ---- Autosave (static/js/autosave.js, includes/newsroom/body-editor.xhtml): begin ----

  private boolean autosaving;
  private Autosave autosaved;

  /**
   * Saves the form by itself (the editor page calls this by ajax every few seconds when the form
   * changed): the same save as the button, where {@link Autosave} allows it. A conflict shows the
   * usual conflict message and view, and stops autosave until a deliberate Save.
   */
  public void autosave() {
    autosaved =
        Autosave.refusal(
            id == null ? null : ArticleStatus.valueOf(status), mayEdit, theirs != null, title);
    if (autosaved != null) {
      return;
    }
    autosaving = true;
    try {
      autosaved =
          store() ? Autosave.SAVED : theirs != null ? Autosave.CONFLICT : Autosave.NOT_SAVED;
    } finally {
      autosaving = false;
    }
  }

  /** Whether the page should save itself while the form changes (read when the page loads). */
  public boolean isAutosaves() {
    return Autosave.runs(
        id == null ? null : ArticleStatus.valueOf(status), mayEdit, theirs != null);
  }

  /** What the last autosave of this view did ({@link Autosave#code()}), or empty before one. */
  public String getAutosaveOutcome() {
    return autosaved == null ? "" : autosaved.code();
  }

  // ---- Autosave: end ----

  /** The stored version of an article, as shown beside the form after a conflict. */
  public record TheirVersion(
      String title, String slug, String standfirst, String body, long version)
      implements Serializable {}

  /** The sections to choose from, in tree order. */
  public List<Section> getSections() {
    return taxonomy.all();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public String getStatus() {
    return status;
  }

  public String getSlugNow() {
    return slugNow;
  }

  public long getVersion() {
    return version;
  }

  public boolean isMayEdit() {
    return mayEdit;
  }

  public boolean isMayPublish() {
    return mayPublish;
  }

  /** The stored version after a conflict, or null. */
  public TheirVersion getTheirs() {
    return theirs;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getStandfirst() {
    return standfirst;
  }

  public void setStandfirst(String standfirst) {
    this.standfirst = standfirst;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Long getPrimarySection() {
    return primarySection;
  }

  public void setPrimarySection(Long primarySection) {
    this.primarySection = primarySection;
  }

  public Long[] getSecondarySections() {
    return secondarySections;
  }

  public void setSecondarySections(Long[] secondarySections) {
    this.secondarySections = secondarySections == null ? new Long[0] : secondarySections;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getScheduleAt() {
    return scheduleAt;
  }

  public void setScheduleAt(String scheduleAt) {
    this.scheduleAt = scheduleAt;
  }
}

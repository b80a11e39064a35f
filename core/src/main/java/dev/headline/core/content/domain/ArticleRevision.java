package dev.headline.core.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One saved version of an article's text, numbered from 1 per article.
 *
 * <p>Why an entity of its own rather than a copy of the article: a revision keeps only what a
 * writer typed ({@link ArticleText}), never changes status or filing, and is read back as history.
 * Saves by one person in quick succession are folded into their latest revision (see {@link
 * RevisionPolicy}), which is the only change a revision ever sees after it is made.
 */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

  /** The {@link #getSavedBy()} of saves the site made itself, with no one signed in. */
  public static final String SYSTEM = "system";

  @Id
  @SequenceGenerator(name = "hl_seq", sequenceName = "hl_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hl_seq")
  private Long id;

  @Column(name = "article_id", nullable = false, updatable = false)
  private long articleId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String slug;

  private String standfirst;

  @Column(nullable = false)
  private String body;

  @Column(name = "saved_by", nullable = false, updatable = false)
  private String savedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(updatable = false)
  private String note;

  protected ArticleRevision() {}

  /**
   * A new revision.
   *
   * @param articleId the article's id
   * @param number its place in the article's history, from 1
   * @param text the article's text
   * @param savedBy the username that saved it, or {@link #SYSTEM}
   * @param at when it was saved
   * @param note why it is special ("restored from 3"), or {@code null} for an ordinary save
   */
  public ArticleRevision(
      long articleId, int number, ArticleText text, String savedBy, Instant at, String note) {
    if (number < 1) {
      throw new IllegalArgumentException("Revisions are numbered from 1");
    }
    this.articleId = articleId;
    this.number = number;
    this.savedBy = cut(Objects.requireNonNull(savedBy, "savedBy"), 40);
    this.startedAt = Objects.requireNonNull(at, "at");
    this.note = note == null ? null : cut(note, 100);
    replace(text, at);
  }

  /** Folds a later save into this revision: its text and time replace this one's. */
  public void replace(ArticleText text, Instant at) {
    this.title = text.title();
    this.slug = text.slug();
    this.standfirst = text.standfirst();
    this.body = text.body();
    this.savedAt = Objects.requireNonNull(at, "at");
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public long getArticleId() {
    return articleId;
  }

  public int getNumber() {
    return number;
  }

  public ArticleText getText() {
    return new ArticleText(title, slug, standfirst, body);
  }

  public String getTitle() {
    return title;
  }

  public String getSavedBy() {
    return savedBy;
  }

  /** When the first save folded into this revision was made. */
  public Instant getStartedAt() {
    return startedAt;
  }

  /** When the last save folded into this revision was made. */
  public Instant getSavedAt() {
    return savedAt;
  }

  /** Why the revision is special, or {@code null} for an ordinary save. */
  public String getNote() {
    return note;
  }
}

package dev.headline.core.content.domain;

import dev.headline.core.author.domain.Author;
import dev.headline.core.media.domain.Media;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A news story: the aggregate that editors write and readers read.
 *
 * <p>Why an aggregate: the rules that keep an article consistent live here, not in the screens. The
 * body is sanitised whenever it is set, the reading time follows the body, and the status moves
 * only along the publishing workflow ({@link #schedule}, {@link #publish}, {@link #withdraw}). The
 * {@link Version} field makes a second editor's stale save fail instead of overwriting the first.
 */
@Entity
@Table(name = "article")
public class Article {

  @Id
  @SequenceGenerator(name = "hl_seq", sequenceName = "hl_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hl_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String title;

  private String standfirst;

  @Column(nullable = false)
  private String body = "";

  @Column(nullable = false)
  private String language = "en";

  @ManyToOne
  @JoinColumn(name = "featured_media_id")
  private Media featuredImage;

  @Column(name = "featured_caption")
  private String featuredCaption;

  @Column(name = "featured_alt")
  private String featuredAlt;

  @ManyToMany
  @JoinTable(
      name = "article_author",
      joinColumns = @JoinColumn(name = "article_id"),
      inverseJoinColumns = @JoinColumn(name = "author_id"))
  @OrderColumn(name = "position")
  private List<Author> authors = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ArticleStatus status = ArticleStatus.DRAFT;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "reading_minutes", nullable = false)
  private int readingMinutes = 1;

  @Column(name = "word_count", nullable = false)
  private int wordCount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Version private long version;

  protected Article() {}

  /**
   * A new draft.
   *
   * @param title the headline
   * @param slug the URL segment, already unique (see {@code ArticleService} for how it is chosen)
   */
  public Article(String title, String slug) {
    this.title = requireText(title, "title");
    this.slug = requireText(slug, "slug");
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** Holds the article back until {@code when}; the scheduler publishes it then. */
  public void schedule(Instant when) {
    Objects.requireNonNull(when, "when");
    if (status == ArticleStatus.PUBLISHED) {
      throw new IllegalStateException("A published article cannot be scheduled; withdraw it first");
    }
    this.status = ArticleStatus.SCHEDULED;
    this.publishedAt = when;
    touch();
  }

  /**
   * Makes the article live. An article published for the first time takes {@code now} as its
   * publish time, unless it was scheduled for a time already reached, in which case it keeps the
   * scheduled time. Publishing before a scheduled time means "now": the article goes live at once.
   */
  public void publish(Instant now) {
    if (publishedAt == null || status == ArticleStatus.DRAFT || publishedAt.isAfter(now)) {
      publishedAt = now;
    }
    this.status = ArticleStatus.PUBLISHED;
    touch();
  }

  /** Takes a published or scheduled article off the site. */
  public void withdraw() {
    this.status = ArticleStatus.WITHDRAWN;
    touch();
  }

  /** Whether readers may see it at {@code now}. */
  public boolean isVisibleAt(Instant now) {
    return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    if (!Slugs.isValid(slug)) {
      throw new IllegalArgumentException("Not a valid slug: " + slug);
    }
    this.slug = slug;
    touch();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = requireText(title, "title");
    touch();
  }

  public String getStandfirst() {
    return standfirst;
  }

  public void setStandfirst(String standfirst) {
    this.standfirst = standfirst == null || standfirst.isBlank() ? null : standfirst.strip();
    touch();
  }

  public String getBody() {
    return body;
  }

  /** Sets the body, sanitised, and recomputes the reading time from it. */
  public void setBody(String html) {
    this.body = BodySanitizer.sanitize(html);
    ReadingTime reading = ReadingTime.of(body, Locale.forLanguageTag(language));
    this.readingMinutes = reading.minutes();
    this.wordCount = reading.words();
    touch();
  }

  public String getLanguage() {
    return language;
  }

  /** The article's language as a BCP 47 tag; changing it recounts the words. */
  public void setLanguage(String language) {
    this.language = requireText(language, "language");
    setBody(body);
  }

  public Media getFeaturedImage() {
    return featuredImage;
  }

  /**
   * The image above the body, with the caption and alt text for this use of it (an image may be
   * described differently in two stories).
   */
  public void setFeaturedImage(Media image, String caption, String alt) {
    this.featuredImage = image;
    this.featuredCaption = caption;
    this.featuredAlt = alt;
    touch();
  }

  public String getFeaturedCaption() {
    return featuredCaption;
  }

  public String getFeaturedAlt() {
    return featuredAlt;
  }

  public List<Author> getAuthors() {
    return List.copyOf(authors);
  }

  public void setAuthors(List<Author> authors) {
    this.authors = new ArrayList<>(authors);
    touch();
  }

  public ArticleStatus getStatus() {
    return status;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public int getReadingMinutes() {
    return readingMinutes;
  }

  public int getWordCount() {
    return wordCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** The username of the account that created it, or {@code null} for older articles. */
  public String getCreatedBy() {
    return createdBy;
  }

  /** Records who created the article; only once, before it is first saved. */
  public void setCreatedBy(String username) {
    if (id != null || createdBy != null) {
      throw new IllegalStateException("An article's creator is set once, when it is created");
    }
    this.createdBy = requireText(username, "createdBy");
  }

  public long getVersion() {
    return version;
  }

  private void touch() {
    this.updatedAt = Instant.now();
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An article needs a " + what);
    }
    return value.strip();
  }
}

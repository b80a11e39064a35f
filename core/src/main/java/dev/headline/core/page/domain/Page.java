package dev.headline.core.page.domain;

import dev.headline.core.content.domain.BodySanitizer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A static page such as "About us" or "Privacy Policy": no date, no byline, no counters, reached at
 * {@code /<slug>} and listed in the menus by {@link #getPosition()}.
 */
@Entity
@Table(name = "page")
public class Page {

  @Id
  @SequenceGenerator(name = "hl_seq", sequenceName = "hl_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hl_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  private int position;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Page() {}

  public Page(String slug, String title, String body, int position) {
    this.slug = slug;
    this.title = title;
    this.position = position;
    setBody(body);
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
    this.updatedAt = Instant.now();
  }

  public String getBody() {
    return body;
  }

  /** Sets the body, sanitised: a page is written by editors and read by everyone. */
  public void setBody(String html) {
    this.body = BodySanitizer.sanitize(html);
    this.updatedAt = Instant.now();
  }

  /** Moves the page to another address; the caller checks the slug (see {@code Slugs}). */
  public void setSlug(String slug) {
    this.slug = slug;
    this.updatedAt = Instant.now();
  }

  public int getPosition() {
    return position;
  }

  /** Its place in the menus (lower first). */
  public void setPosition(int position) {
    this.position = position;
    this.updatedAt = Instant.now();
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}

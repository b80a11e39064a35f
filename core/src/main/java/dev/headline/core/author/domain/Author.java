package dev.headline.core.author.domain;

import dev.headline.core.media.domain.Media;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A byline: the person shown in an article's author box and on their own archive page. */
@Entity
@Table(name = "author")
public class Author {

  @Id
  @SequenceGenerator(name = "hl_seq", sequenceName = "hl_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hl_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String name;

  private String bio;

  @ManyToOne
  @JoinColumn(name = "avatar_id")
  private Media avatar;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Author() {}

  public Author(String name, String slug, String bio) {
    this.name = name;
    this.slug = slug;
    this.bio = bio;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public Media getAvatar() {
    return avatar;
  }

  public void setAvatar(Media avatar) {
    this.avatar = avatar;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

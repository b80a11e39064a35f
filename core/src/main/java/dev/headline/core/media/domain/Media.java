package dev.headline.core.media.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An image in the media library: what the file is and how to describe it. The bytes live in the
 * data folder under {@link #getFileName()}; resized variants sit beside it with the width in their
 * name.
 */
@Entity
@Table(name = "media")
public class Media {

  @Id
  @SequenceGenerator(name = "hl_seq", sequenceName = "hl_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hl_seq")
  private Long id;

  @Column(name = "file_name", nullable = false, unique = true)
  private String fileName;

  @Column(name = "mime_type", nullable = false)
  private String mimeType;

  private int width;
  private int height;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Column(name = "alt_text")
  private String altText;

  private String caption;
  private String credit;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Media() {}

  public Media(String fileName, String mimeType, int width, int height, long sizeBytes) {
    this.fileName = fileName;
    this.mimeType = mimeType;
    this.width = width;
    this.height = height;
    this.sizeBytes = sizeBytes;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMimeType() {
    return mimeType;
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getAltText() {
    return altText;
  }

  public void setAltText(String altText) {
    this.altText = altText;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public String getCredit() {
    return credit;
  }

  public void setCredit(String credit) {
    this.credit = credit;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

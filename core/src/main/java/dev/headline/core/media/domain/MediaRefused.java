package dev.headline.core.media.domain;

/**
 * An upload that is not taken into the media library, with a reason a person can read. Nothing is
 * stored when it is thrown.
 */
public class MediaRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why an upload was refused. */
  public enum Reason {
    /** No bytes at all. */
    EMPTY,
    /** More bytes than {@code headline.media.max-bytes}. */
    TOO_LARGE,
    /** More pixels than {@code headline.media.max-pixels} (a decompression bomb, or a poster). */
    TOO_MANY_PIXELS,
    /** The bytes do not decode as a JPEG, PNG or GIF image, whatever the file is called. */
    NOT_AN_IMAGE
  }

  private final Reason reason;

  public MediaRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public MediaRefused(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

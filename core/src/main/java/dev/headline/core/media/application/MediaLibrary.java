package dev.headline.core.media.application;

import dev.headline.core.media.domain.ImageIntake;
import dev.headline.core.media.domain.Media;
import dev.headline.core.media.domain.MediaRefused;
import dev.headline.core.media.domain.MediaRepository;
import dev.headline.core.media.domain.PreparedImage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The media library's way in: an uploaded file becomes a {@link Media} whose full-size file and
 * resized variants sit in {@code <headline.data.dir>/media/}. The checks, the metadata stripping
 * and the resizing are {@link ImageIntake}'s; this service applies the configured limits, writes
 * the files and records the entity. The REST API and the newsroom both upload through it:
 *
 * <pre>{@code
 * @Inject MediaLibrary library;
 *
 * Media media = library.upload(bytes, "harbour.jpg"); // throws MediaRefused for a non-image
 * }</pre>
 *
 * Stored names are derived from the content, so uploading the same file twice gives the same {@code
 * Media} back rather than a copy.
 */
@ApplicationScoped
public class MediaLibrary {

  @Inject MediaRepository media;

  @Inject
  @ConfigProperty(name = "headline.data.dir")
  String dataDir;

  @Inject
  @ConfigProperty(name = "headline.media.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "headline.media.max-pixels", defaultValue = "40000000")
  long maxPixels;

  /**
   * Takes an uploaded image into the library.
   *
   * @param bytes the file as uploaded
   * @param originalName its name on the uploader's machine (only for a readable stored name)
   * @return the stored media, with its id
   * @throws MediaRefused when the file is empty, too large, has too many pixels or is no image
   */
  @Transactional
  public Media upload(byte[] bytes, String originalName) {
    PreparedImage image = new ImageIntake(maxBytes, maxPixels).prepare(bytes, originalName);
    var known = media.findByFileName(image.fileName());
    if (known.isPresent()) {
      return known.get();
    }
    write(image);
    return media.save(
        new Media(
            image.fileName(),
            image.mimeType(),
            image.width(),
            image.height(),
            image.original().length));
  }

  /** An image of the library by its id. */
  public java.util.Optional<Media> find(long id) {
    return media.find(id);
  }

  /**
   * A page of the library, newest first.
   *
   * @param text only images whose file name or alt text contains this; blank for all
   * @param page from 1
   */
  public java.util.List<Media> newest(String text, int page, int size) {
    return media.newest(blankToNull(text), (page - 1) * size, size);
  }

  /** How many images {@link #newest} lists in all. */
  public long count(String text) {
    return media.count(blankToNull(text));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The largest upload accepted, in bytes ({@code headline.media.max-bytes}). */
  public long maxBytes() {
    return maxBytes;
  }

  /** The folder that holds every media file. */
  public Path folder() {
    return Path.of(dataDir, "media").toAbsolutePath().normalize();
  }

  /** Writes each file under a temporary name first, so a reader never sees half a file. */
  private void write(PreparedImage image) {
    try {
      Path folder = folder();
      Files.createDirectories(folder);
      put(folder, image.fileName(), image.original());
      for (Map.Entry<Integer, String> variant : image.variantNames().entrySet()) {
        put(folder, variant.getValue(), image.variants().get(variant.getKey()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store " + image.fileName(), e);
    }
  }

  private static void put(Path folder, String name, byte[] bytes) throws IOException {
    Path temporary = Files.createTempFile(folder, ".upload-", ".part");
    try {
      Files.write(temporary, bytes);
      Files.move(
          temporary,
          folder.resolve(name),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}

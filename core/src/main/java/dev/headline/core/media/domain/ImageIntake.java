package dev.headline.core.media.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Takes uploaded bytes into the media library: what the file is, is decided by decoding it (the
 * name and the browser's content type are not trusted), and only what decodes as a JPEG, PNG or GIF
 * image within the limits is accepted.
 *
 * <p>Why the pixels are re-encoded, the full-size image included: the stored files are written from
 * decoded pixels, so nothing of the upload's metadata survives (EXIF with the camera's GPS
 * position, XMP, comments), nor anything hidden after the image data. The camera's rotation is
 * applied to the pixels first, so the picture stands the right way up without its EXIF tag.
 *
 * <p>Against decompression bombs, the pixel count is read from the header and checked before any
 * pixel is decoded. Usage:
 *
 * <pre>{@code
 * PreparedImage image = new ImageIntake(10 << 20, 40_000_000).prepare(bytes, "Harbour.JPG");
 * image.fileName(); // harbour-3f2a9c01d4.jpg
 * image.variants().keySet(); // [300, 768, 1200] for an image at least 1200 pixels wide
 * }</pre>
 *
 * Not thread-bound: an instance holds only its limits.
 */
public final class ImageIntake {

  /** JPEG quality of the stored files: no visible loss, a third of the size of 1.0. */
  private static final float JPEG_QUALITY = 0.85f;

  /** Longest readable part of a stored file name, before the content hash. */
  private static final int MAX_BASE_LENGTH = 40;

  private final long maxBytes;
  private final long maxPixels;

  /**
   * @param maxBytes largest upload accepted, in bytes
   * @param maxPixels most pixels (width times height) an image may have
   */
  public ImageIntake(long maxBytes, long maxPixels) {
    if (maxBytes < 1 || maxPixels < 1) {
      throw new IllegalArgumentException("Limits must be positive");
    }
    this.maxBytes = maxBytes;
    this.maxPixels = maxPixels;
  }

  /**
   * Checks, decodes and re-encodes an upload, and makes its resized variants.
   *
   * @param bytes the uploaded file
   * @param originalName the name the file had on the uploader's machine, used only for a readable
   *     stored name
   * @throws MediaRefused when the bytes are empty, too many, too many pixels, or no image
   */
  public PreparedImage prepare(byte[] bytes, String originalName) {
    if (bytes.length == 0) {
      throw new MediaRefused(MediaRefused.Reason.EMPTY, "The file is empty.");
    }
    if (bytes.length > maxBytes) {
      throw new MediaRefused(
          MediaRefused.Reason.TOO_LARGE,
          "The file has " + bytes.length + " bytes; at most " + maxBytes + " are accepted.");
    }
    Decoded decoded = decode(bytes);
    BufferedImage image = decoded.image();
    SortedMap<Integer, byte[]> variants = new TreeMap<>();
    for (int width : MediaVariants.widthsFor(image.getWidth())) {
      variants.put(width, encode(image, width, decoded.format()));
    }
    String fileName = baseName(originalName) + "-" + hash(bytes) + "." + decoded.format().extension;
    return new PreparedImage(
        fileName,
        decoded.format().mimeType,
        image.getWidth(),
        image.getHeight(),
        encode(image, image.getWidth(), decoded.format()),
        variants);
  }

  /** The formats stored: JPEG stays JPEG; PNG and GIF (its first frame) become PNG. */
  private enum Format {
    JPEG("jpg", "image/jpeg"),
    PNG("png", "image/png");

    final String extension;
    final String mimeType;

    Format(String extension, String mimeType) {
      this.extension = extension;
      this.mimeType = mimeType;
    }
  }

  private record Decoded(BufferedImage image, Format format) {}

  private Decoded decode(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw notAnImage(null);
      }
      ImageReader reader = readers.next();
      try {
        Format format = formatOf(reader.getFormatName());
        reader.setInput(in, true, format != Format.JPEG);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > maxPixels) {
          throw new MediaRefused(
              MediaRefused.Reason.TOO_MANY_PIXELS,
              "The image has "
                  + reader.getWidth(0)
                  + " x "
                  + reader.getHeight(0)
                  + " pixels; at most "
                  + maxPixels
                  + " pixels are accepted.");
        }
        Orientation orientation = format == Format.JPEG ? orientation(reader) : null;
        BufferedImage image = reader.read(0);
        if (orientation != null && orientation != Orientation.TOP_LEFT) {
          image =
              Thumbnails.of(image)
                  .scale(1.0)
                  .addFilter(ExifFilterUtils.getFilterForOrientation(orientation))
                  .asBufferedImage();
        }
        return new Decoded(image, format);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof MediaRefused refused) {
        throw refused;
      }
      throw notAnImage(e);
    }
  }

  private static Format formatOf(String readerFormat) {
    return switch (readerFormat.toLowerCase(Locale.ROOT)) {
      case "jpeg", "jpg" -> Format.JPEG;
      case "png", "gif" -> Format.PNG;
      default -> throw notAnImage(null);
    };
  }

  /** The camera's rotation, or {@code null} when the file says nothing readable about it. */
  private static Orientation orientation(ImageReader reader) {
    try {
      return ExifUtils.getExifOrientation(reader, 0);
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  private static MediaRefused notAnImage(Throwable cause) {
    return new MediaRefused(
        MediaRefused.Reason.NOT_AN_IMAGE,
        "The file is not a JPEG, PNG or GIF image that can be read.",
        cause);
  }

  private static byte[] encode(BufferedImage image, int width, Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      var builder =
          width == image.getWidth()
              ? Thumbnails.of(image).scale(1.0)
              : Thumbnails.of(image).width(width);
      builder.outputFormat(format == Format.JPEG ? "jpg" : "png");
      if (format == Format.JPEG) {
        builder.outputQuality(JPEG_QUALITY);
      }
      builder.toOutputStream(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A readable, URL-safe stem of the uploader's file name: {@code "Harbour at Dawn.JPG"} gives
   * {@code harbour-at-dawn}; {@code image} when nothing usable is left.
   */
  static String baseName(String originalName) {
    String name = originalName == null ? "" : originalName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_BASE_LENGTH) {
      ascii = ascii.substring(0, MAX_BASE_LENGTH).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "image" : ascii;
  }

  /**
   * The first 10 hex digits of the upload's SHA-256, so that two different files do not share a
   * name.
   */
  private static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

package dev.headline.core.media.domain;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An upload after {@link ImageIntake}: re-encoded pixels without any of the original's metadata,
 * and its resized variants, ready to be written to the media folder.
 *
 * @param fileName the name to store it under: the upload's name and a hash of its bytes ({@code
 *     harbour-3f2a9c01d4.jpg})
 * @param mimeType {@code image/jpeg} or {@code image/png}
 * @param width width in pixels, after the camera's rotation was applied
 * @param height height in pixels, likewise
 * @param original the full-size image's bytes
 * @param variants bytes of each resized variant by width, smallest first
 */
public record PreparedImage(
    String fileName,
    String mimeType,
    int width,
    int height,
    byte[] original,
    SortedMap<Integer, byte[]> variants) {

  public PreparedImage {
    variants = new TreeMap<>(variants);
  }

  /** The variants' file names by width. */
  public Map<Integer, String> variantNames() {
    Map<Integer, String> names = new TreeMap<>();
    variants.keySet().forEach(w -> names.put(w, MediaVariants.name(fileName, w)));
    return names;
  }
}

package dev.headline.core.media.domain;

import java.util.List;

/**
 * The resized copies every image has beside its full-size file, for {@code srcset}: a variant of
 * {@code photo.jpg} that is 768 pixels wide is {@code photo-768w.jpg}. Only widths up to the
 * image's own are made, so a variant is never an enlargement.
 */
public final class MediaVariants {

  /** Widths of the resized variants, smallest first. */
  public static final List<Integer> WIDTHS = List.of(300, 768, 1200);

  private MediaVariants() {}

  /** The file name of the variant of {@code fileName} that is {@code width} pixels wide. */
  public static String name(String fileName, int width) {
    int dot = fileName.lastIndexOf('.');
    String base = dot < 0 ? fileName : fileName.substring(0, dot);
    String ext = dot < 0 ? "" : fileName.substring(dot);
    return base + "-" + width + "w" + ext;
  }

  /** The variant widths an image {@code imageWidth} pixels wide has, smallest first. */
  public static List<Integer> widthsFor(int imageWidth) {
    return WIDTHS.stream().filter(w -> w <= imageWidth).toList();
  }
}

package dev.headline.web.portal;

import dev.headline.core.media.domain.Media;
import dev.headline.web.media.MediaFiles;
import java.util.stream.Collectors;

/**
 * An image as an {@code <img>} needs it: the default source, a {@code srcset} of the resized
 * variants, its size and its alt text, and the smallest variant for thumbnails in lists.
 */
public record Picture(
    String src, String srcset, int width, int height, String alt, String caption, String thumb) {

  /**
   * The {@code srcset} with every source under the application's context path, as the {@code src}
   * is written in the views ({@code #{card.image.srcsetUnder(request.contextPath)}}).
   *
   * @param contextPath the request's context path, empty at the server's root
   * @return the candidates, comma separated, each address starting with {@code contextPath}
   */
  public String srcsetUnder(String contextPath) {
    if (srcset.isEmpty() || contextPath == null || contextPath.isEmpty()) {
      return srcset;
    }
    return contextPath + srcset.replace(", /", ", " + contextPath + "/");
  }

  static Picture of(Media media, String alt, String caption) {
    String srcset =
        MediaFiles.VARIANT_WIDTHS.stream()
            .filter(w -> w <= media.getWidth())
            .map(
                w ->
                    MediaFiles.path(MediaFiles.variantName(media.getFileName(), w)) + " " + w + "w")
            .collect(Collectors.joining(", "));
    return new Picture(
        MediaFiles.path(media.getFileName()),
        srcset,
        media.getWidth(),
        media.getHeight(),
        alt != null ? alt : media.getAltText() == null ? "" : media.getAltText(),
        caption != null ? caption : media.getCaption(),
        MediaFiles.VARIANT_WIDTHS.stream()
            .filter(w -> w <= media.getWidth())
            .findFirst()
            .map(w -> MediaFiles.path(MediaFiles.variantName(media.getFileName(), w)))
            .orElse(MediaFiles.path(media.getFileName())));
  }
}

package dev.headline.web.media;

import dev.headline.core.media.domain.MediaVariants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where media files live: {@code <headline.data.dir>/media/}, served at {@code /media/<name>}. A
 * resized variant of {@code photo.jpg} that is 768 pixels wide is {@code photo-768w.jpg}.
 */
@ApplicationScoped
public class MediaFiles {

  /** Widths of the resized variants made for every image, used in {@code srcset}. */
  public static final List<Integer> VARIANT_WIDTHS = MediaVariants.WIDTHS;

  /** The URL path under which media are served. */
  public static final String URL_PREFIX = "/media/";

  @Inject
  @ConfigProperty(name = "headline.data.dir")
  String dataDir;

  /** The folder that holds every media file. */
  public Path folder() {
    return Path.of(dataDir, "media").toAbsolutePath().normalize();
  }

  public static String path(String fileName) {
    return URL_PREFIX + fileName;
  }

  /** The name of a resized variant: the rule is the media library's ({@link MediaVariants}). */
  public static String variantName(String fileName, int width) {
    return MediaVariants.name(fileName, width);
  }
}

package dev.headline.web.newsroom;

import dev.headline.core.content.domain.Article;
import dev.headline.core.media.domain.Media;
import dev.headline.core.media.domain.MediaRefused;
import dev.headline.web.media.MediaFiles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The article editor's featured-image picker ({@code
 * WEB-INF/includes/newsroom/featured-image.xhtml}): a grid of the library's newest images
 * (searchable by file name or alt text, paged), an upload straight into the library, the alt text
 * and caption for this article, and a way to remove the image. The choice is kept here until the
 * editor's save stores it with the article ({@link EditBacking} puts {@link #choice()} into the
 * draft).
 *
 * <p>The chosen image's id lives in this view-scoped bean, never in a form field, so a forged post
 * can only choose through {@link #pick()}, which checks the id against the library.
 */
@Named
@ViewScoped
public class FeaturedImageBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Images per page of the grid. */
  static final int PAGE_SIZE = 12;

  /** The request parameter the grid's buttons send: {@code <form>:featured-pick=<media id>}. */
  static final String PICK = "edit:featured-pick";

  @Inject NewsroomMedia media;
  @Inject NewsroomDesk desk;

  private boolean mayEdit = true;
  private boolean mayUpload;
  private Tile chosen;
  private String alt;
  private String caption;
  private String search;
  private int page = 1;
  private long total;
  private List<Tile> tiles = List.of();
  // Object, not Part: a forged post may send the file field as plain text, which must not fail.
  private transient Object upload;

  @PostConstruct
  void open() {
    mayUpload = media.mayUpload();
    String wanted = Notices.param("id");
    if (wanted != null && wanted.matches("[1-9][0-9]{0,17}")) {
      Article article = desk.open(Long.parseLong(wanted));
      mayEdit = desk.mayEdit(article);
      if (article.getFeaturedImage() != null) {
        chosen = Tile.of(article.getFeaturedImage());
        alt = article.getFeaturedAlt();
        caption = article.getFeaturedCaption();
      }
    }
    load();
  }

  private void load() {
    total = media.count(search);
    page = Math.max(1, Math.min(page, getPages()));
    tiles = media.newest(search, page, PAGE_SIZE).stream().map(Tile::of).toList();
  }

  /** What the article's save stores. */
  public ArticleDraft.FeaturedChoice choice() {
    upload = null;
    return new ArticleDraft.FeaturedChoice(chosen == null ? null : chosen.id(), alt, caption);
  }

  /** Chooses the image whose grid button was pressed. */
  public void pick() {
    String wanted = Notices.param(PICK);
    if (!mayEdit || wanted == null || !wanted.matches("[1-9][0-9]{0,17}")) {
      return;
    }
    media.image(Long.parseLong(wanted)).ifPresentOrElse(this::choose, () -> load());
  }

  private void choose(Media image) {
    chosen = Tile.of(image);
    if (alt == null || alt.isBlank()) {
      alt = image.getAltText();
    }
  }

  /** Stores the file chosen in the upload field in the library and makes it the image. */
  public void upload() {
    if (!mayEdit) {
      return;
    }
    if (!(upload instanceof Part file) || file.getSize() == 0) {
      Notices.error("edit:featured-upload", "newsroomUploadMissing");
      return;
    }
    long max = media.maxUploadBytes();
    if (file.getSize() > max) {
      Notices.error("edit:featured-upload", "newsroomUploadTooLarge", max / (1024 * 1024));
      return;
    }
    try {
      byte[] bytes = read(file, max);
      Media stored = media.upload(bytes, fileName(file));
      search = null;
      page = 1;
      load();
      choose(stored);
      Notices.info("newsroomUploaded");
    } catch (MediaRefused refused) {
      Notices.error(
          "edit:featured-upload",
          switch (refused.reason()) {
            case TOO_LARGE, TOO_MANY_PIXELS -> "newsroomUploadTooLargeImage";
            case EMPTY -> "newsroomUploadMissing";
            case NOT_AN_IMAGE -> "newsroomUploadNotAnImage";
          });
    } catch (IOException e) {
      Notices.error("edit:featured-upload", "newsroomUploadMissing");
    } finally {
      upload = null;
    }
  }

  /** Takes the image off the article (on its next save). */
  public void remove() {
    if (mayEdit) {
      chosen = null;
      alt = null;
      caption = null;
    }
  }

  /** Shows the first page of images matching the search text. */
  public void find() {
    page = 1;
    load();
  }

  public void next() {
    page++;
    load();
  }

  public void previous() {
    page--;
    load();
  }

  private static byte[] read(Part part, long max) throws IOException {
    try (InputStream in = part.getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long sum = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        sum += n;
        if (sum > max) {
          throw new IOException("larger than " + max);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static String fileName(Part part) {
    String name = part.getSubmittedFileName();
    return name == null || name.isBlank() ? "upload" : name;
  }

  /**
   * An image as the picker shows it.
   *
   * @param thumb the address (under the context path) of its smallest variant
   */
  public record Tile(long id, String fileName, String thumb, String alt, int width, int height)
      implements Serializable {

    static Tile of(Media media) {
      String thumb =
          MediaFiles.VARIANT_WIDTHS.stream()
              .filter(w -> w <= media.getWidth())
              .findFirst()
              .map(w -> MediaFiles.path(MediaFiles.variantName(media.getFileName(), w)))
              .orElse(MediaFiles.path(media.getFileName()));
      return new Tile(
          media.getId(),
          media.getFileName(),
          thumb,
          media.getAltText() == null ? "" : media.getAltText(),
          media.getWidth(),
          media.getHeight());
    }
  }

  public boolean isMayEdit() {
    return mayEdit;
  }

  public boolean isMayUpload() {
    return mayUpload;
  }

  /** The image chosen now, or null. */
  public Tile getChosen() {
    return chosen;
  }

  public List<Tile> getTiles() {
    return tiles;
  }

  public int getPage() {
    return page;
  }

  public int getPages() {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public String getAlt() {
    return alt;
  }

  public void setAlt(String alt) {
    this.alt = alt;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search == null || search.length() <= 100 ? search : search.substring(0, 100);
  }

  /** Never shown again: a file input has no value to render. */
  public Object getUpload() {
    return null;
  }

  /** The file chosen in the upload field (a {@link Part} when the form was sent as multipart). */
  public void setUpload(Object upload) {
    this.upload = upload;
  }
}

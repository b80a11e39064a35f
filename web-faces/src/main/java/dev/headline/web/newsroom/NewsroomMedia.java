package dev.headline.web.newsroom;

import dev.headline.core.author.application.AuthorDirectory;
import dev.headline.core.author.domain.Author;
import dev.headline.core.content.domain.EditorialPolicy;
import dev.headline.core.media.application.MediaLibrary;
import dev.headline.core.media.domain.Media;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The article editor's media library and byline list, with the newsroom's role rules checked here
 * whatever the form showed: staff browse the library and the authors; uploading needs a role that
 * may start an article ({@link EditorialPolicy#mayUpload}); adding an author is for editors and
 * admins ({@link EditorialPolicy#mayCreateAuthor}). Setting an article's image or bylines is part
 * of saving it, checked by {@link NewsroomDesk#save}. A refusal throws {@link NotAllowed} (403).
 */
@ApplicationScoped
public class NewsroomMedia {

  @Inject NewsroomDesk desk;
  @Inject MediaLibrary library;
  @Inject AuthorDirectory authors;

  /** Whether the caller may upload. */
  public boolean mayUpload() {
    return EditorialPolicy.mayUpload(desk.caller().roles());
  }

  /** Whether the caller may add an author. */
  public boolean mayCreateAuthor() {
    return EditorialPolicy.mayCreateAuthor(desk.caller().roles());
  }

  /**
   * Takes an upload into the library.
   *
   * @throws dev.headline.core.media.domain.MediaRefused for a file that is no image, or too large
   */
  public Media upload(byte[] bytes, String fileName) {
    if (!mayUpload()) {
      throw new NotAllowed("upload");
    }
    return library.upload(bytes, fileName);
  }

  /** The largest upload the library takes, in bytes. */
  public long maxUploadBytes() {
    return library.maxBytes();
  }

  /** A page of the library, newest first, optionally only images whose name or alt text match. */
  public List<Media> newest(String text, int page, int size) {
    desk.caller();
    return library.newest(text, page, size);
  }

  /** How many images {@link #newest} lists in all. */
  public long count(String text) {
    desk.caller();
    return library.count(text);
  }

  public Optional<Media> image(long id) {
    desk.caller();
    return library.find(id);
  }

  /** Every author, by name. */
  public List<Author> authors() {
    desk.caller();
    return authors.all();
  }

  /**
   * Adds an author by name.
   *
   * @throws IllegalArgumentException for a name that is blank, too long or has no letter or digit
   */
  public Author createAuthor(String name) {
    if (!mayCreateAuthor()) {
      throw new NotAllowed("create author");
    }
    return authors.create(name);
  }
}

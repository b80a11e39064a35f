package dev.headline.core.author.application;

import dev.headline.core.author.domain.Author;
import dev.headline.core.author.domain.AuthorRepository;
import dev.headline.core.author.domain.AuthorSlugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bylines the newsroom chooses from: every author by name, lookups by id, and new authors added
 * by name (their slug made free with {@link AuthorSlugs}). Who may add one is the caller's business
 * (the newsroom asks {@code EditorialPolicy.mayCreateAuthor}).
 *
 * <pre>{@code
 * @Inject AuthorDirectory authors;
 *
 * Author ada = authors.create("Ada Lovelace");
 * article.setAuthors(authors.inOrder(List.of(ada.getId(), otherId)));
 * }</pre>
 */
@ApplicationScoped
@Transactional
public class AuthorDirectory {

  /** The longest author name kept. */
  public static final int MAX_NAME = 200;

  @Inject AuthorRepository authors;

  /** Every author, by name. */
  public List<Author> all() {
    return authors.all();
  }

  public Optional<Author> find(long id) {
    return authors.find(id);
  }

  /**
   * The authors with these ids in the order given, each once; unknown ids are left out.
   *
   * @param ids author ids, first byline first
   */
  public List<Author> inOrder(List<Long> ids) {
    List<Author> found = new ArrayList<>();
    for (Long id : ids) {
      if (id != null && found.stream().noneMatch(a -> a.getId().equals(id))) {
        authors.find(id).ifPresent(found::add);
      }
    }
    return found;
  }

  /**
   * Adds an author.
   *
   * @param name the name as it appears in bylines
   * @throws IllegalArgumentException for a blank name, one longer than {@link #MAX_NAME}, or one
   *     without a letter or digit
   */
  public Author create(String name) {
    String shown = name == null ? "" : name.strip();
    if (shown.isEmpty() || shown.length() > MAX_NAME) {
      throw new IllegalArgumentException("An author's name is 1 to " + MAX_NAME + " characters");
    }
    String slug = AuthorSlugs.forName(shown, s -> authors.findBySlug(s).isPresent());
    return authors.save(new Author(shown, slug, null));
  }
}

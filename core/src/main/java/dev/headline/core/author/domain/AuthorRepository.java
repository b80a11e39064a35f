package dev.headline.core.author.domain;

import java.util.List;
import java.util.Optional;

/** Where bylines are kept. */
public interface AuthorRepository {

  Optional<Author> find(long id);

  Optional<Author> findBySlug(String slug);

  List<Author> all();

  Author save(Author author);
}

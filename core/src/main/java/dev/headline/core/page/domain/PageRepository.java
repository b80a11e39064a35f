package dev.headline.core.page.domain;

import java.util.List;
import java.util.Optional;

/** Where static pages are kept. */
public interface PageRepository {

  Optional<Page> find(long id);

  Optional<Page> findBySlug(String slug);

  /** Every page, in menu order. */
  List<Page> all();

  Page save(Page page);

  /** Removes a page. */
  void delete(Page page);
}

package dev.headline.core.author.infrastructure;

import dev.headline.core.author.domain.Author;
import dev.headline.core.author.domain.AuthorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * {@link AuthorRepository} on the application's persistence unit.
 *
 * <p>Every call runs in a transaction (joining the caller's): outside one, the server's
 * non-transactional entity manager closes under a second query in the same request.
 */
@ApplicationScoped
@Transactional
public class JpaAuthorRepository implements AuthorRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Author> find(long id) {
    return Optional.ofNullable(em.find(Author.class, id));
  }

  @Override
  public Optional<Author> findBySlug(String slug) {
    return em
        .createQuery("select a from Author a where a.slug = :slug", Author.class)
        .setParameter("slug", slug)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<Author> all() {
    return em.createQuery("select a from Author a order by a.name", Author.class).getResultList();
  }

  @Override
  public Author save(Author author) {
    if (author.getId() == null) {
      em.persist(author);
      return author;
    }
    return em.merge(author);
  }
}

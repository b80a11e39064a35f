package dev.headline.core.page.infrastructure;

import dev.headline.core.page.domain.Page;
import dev.headline.core.page.domain.PageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * {@link PageRepository} on the application's persistence unit.
 *
 * <p>Every call runs in a transaction (joining the caller's): outside one, the server's
 * non-transactional entity manager closes under a second query in the same request.
 */
@ApplicationScoped
@Transactional
public class JpaPageRepository implements PageRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Page> find(long id) {
    return Optional.ofNullable(em.find(Page.class, id));
  }

  @Override
  public Optional<Page> findBySlug(String slug) {
    return em
        .createQuery("select p from Page p where p.slug = :slug", Page.class)
        .setParameter("slug", slug)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<Page> all() {
    return em.createQuery("select p from Page p order by p.position, p.id", Page.class)
        .getResultList();
  }

  @Override
  public Page save(Page page) {
    if (page.getId() == null) {
      em.persist(page);
      return page;
    }
    return em.merge(page);
  }

  @Override
  public void delete(Page page) {
    Page managed = em.contains(page) ? page : em.find(Page.class, page.getId());
    if (managed != null) {
      em.remove(managed);
      em.flush();
    }
  }
}

package dev.headline.core.media.infrastructure;

import dev.headline.core.media.domain.Media;
import dev.headline.core.media.domain.MediaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * {@link MediaRepository} on the application's persistence unit.
 *
 * <p>Every call runs in a transaction (joining the caller's): outside one, the server's
 * non-transactional entity manager closes under a second query in the same request.
 */
@ApplicationScoped
@Transactional
public class JpaMediaRepository implements MediaRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Media> find(long id) {
    return Optional.ofNullable(em.find(Media.class, id));
  }

  @Override
  public Optional<Media> findByFileName(String fileName) {
    return em
        .createQuery("select m from Media m where m.fileName = :name", Media.class)
        .setParameter("name", fileName)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Media save(Media media) {
    if (media.getId() == null) {
      em.persist(media);
      return media;
    }
    return em.merge(media);
  }
}

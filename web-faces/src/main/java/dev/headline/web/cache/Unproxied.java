package dev.headline.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * The instance behind an application-scoped bean's client proxy. A call through a proxy looks the
 * instance up in its context every time (on Payara: a class-loader keyed container lookup, a
 * thread-local interception stack and a reflective call); on the page cache's hit path, which
 * answers tens of thousands of requests a second, those hops cost more than the work they lead to.
 * An application-scoped instance lives as long as the application, so holding it is safe.
 */
public final class Unproxied {

  private Unproxied() {}

  /**
   * The instance behind {@code injected}, the client proxy of the application-scoped bean of this
   * type; {@code injected} itself when there is no container (plain unit tests).
   *
   * @throws IllegalArgumentException when the bean of this type is not application-scoped
   */
  public static <T> T of(BeanManager beans, Class<T> type, T injected) {
    if (beans == null) {
      return injected;
    }
    @SuppressWarnings("unchecked")
    Bean<T> bean = (Bean<T>) beans.resolve(beans.getBeans(type));
    if (bean == null || bean.getScope() != ApplicationScoped.class) {
      throw new IllegalArgumentException(type.getName() + " is not one application-scoped bean");
    }
    return type.cast(of(beans, bean));
  }

  /**
   * The instance of an application-scoped bean, as its context holds it (interceptors included).
   */
  public static <T> T of(BeanManager beans, Bean<T> bean) {
    return beans.getContext(ApplicationScoped.class).get(bean, beans.createCreationalContext(bean));
  }
}

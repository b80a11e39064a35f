package dev.headline.web.config;

import dev.headline.web.cache.Unproxied;
import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the names of application-scoped {@code @Named} beans ({@code #{site}}, {@code #{nav}},
 * {@code #{dates}}...) to their instances, ahead of the CDI container's resolver. The container's
 * resolver looks the name up, resolves the bean and asks its context on every evaluation, and a
 * call through the client proxy it returns asks the context again; a readers' page evaluates such
 * names a few hundred times. An application-scoped instance lives as long as the application, so it
 * is looked up once and held (the instance the context holds, with its interceptors).
 *
 * <p>Names of beans of any other scope are left to the container's resolver, as are names that more
 * than one bean claims (the container reports the ambiguity).
 */
public class ApplicationBeansELResolver extends ELResolver {

  /** Beans by name, found on first use. */
  private volatile Map<String, Bean<?>> beans;

  private final Map<String, Object> instances = new ConcurrentHashMap<>();

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name)) {
      return null;
    }
    Object known = instances.get(name);
    if (known == null) {
      Bean<?> bean = beans().get(name);
      if (bean == null) {
        return null;
      }
      known = instances.computeIfAbsent(name, n -> instance(bean));
    }
    context.setPropertyResolved(null, property);
    return known;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (base == null && property instanceof String name && beans().containsKey(name)) {
      context.setPropertyResolved(null, property);
    }
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Beans are not assigned by expressions: left to the container's resolver, which refuses.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (base == null && property instanceof String name && beans().containsKey(name)) {
      context.setPropertyResolved(null, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? String.class : null;
  }

  private Map<String, Bean<?>> beans() {
    Map<String, Bean<?>> known = beans;
    if (known == null) {
      BeanManager manager = CDI.current().getBeanManager();
      Map<String, Integer> claims = new HashMap<>();
      Map<String, Bean<?>> found = new HashMap<>();
      for (Bean<?> bean :
          manager.getBeans(Object.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
        if (bean.getName() == null) {
          continue;
        }
        claims.merge(bean.getName(), 1, Integer::sum);
        if (bean.getScope() == ApplicationScoped.class && !bean.isAlternative()) {
          found.put(bean.getName(), bean);
        }
      }
      claims.forEach(
          (name, count) -> {
            if (count > 1) {
              found.remove(name);
            }
          });
      known = Map.copyOf(found);
      beans = known;
    }
    return known;
  }

  private static Object instance(Bean<?> bean) {
    return Unproxied.of(CDI.current().getBeanManager(), bean);
  }
}

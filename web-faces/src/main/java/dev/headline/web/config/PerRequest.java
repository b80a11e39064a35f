package dev.headline.web.config;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values that an application-scoped backing bean works out once per request, kept in the current
 * {@link FacesContext}'s attributes. Readers' pages use such beans rather than request-scoped ones:
 * a request-scoped bean is created, injected and destroyed on every render, which cost a few per
 * cent of an uncached page; a value kept here costs one map entry.
 */
public final class PerRequest {

  private PerRequest() {}

  /**
   * The value under {@code key} for this request, worked out by {@code compute} the first time it
   * is asked for ({@code null} is worked out again each time).
   */
  @SuppressWarnings("unchecked")
  public static <T> T get(String key, Supplier<T> compute) {
    Map<Object, Object> attributes = FacesContext.getCurrentInstance().getAttributes();
    Object known = attributes.get(key);
    if (known == null) {
      known = compute.get();
      if (known != null) {
        attributes.put(key, known);
      }
    }
    return (T) known;
  }
}

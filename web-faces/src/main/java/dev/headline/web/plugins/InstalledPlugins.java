package dev.headline.web.plugins;

import dev.headline.core.spi.ArticleEnricher;
import dev.headline.core.spi.ModuleSchema;
import dev.headline.core.spi.SearchProvider;
import dev.headline.core.spi.SectionContributor;
import dev.headline.core.spi.Widget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is installed: the jars (and the site's own classes) that contribute widgets, article
 * enrichers, sections, search or tables, with their versions from the jars' manifests. The newsroom
 * shows it to admins.
 */
@ApplicationScoped
public class InstalledPlugins {

  @Inject BeanManager beans;
  @Inject @Any Instance<Widget> widgets;
  @Inject @Any Instance<SectionContributor> contributors;

  /**
   * One jar's contributions.
   *
   * @param name the jar's Implementation-Title, else its file name; {@code site} for classes in
   *     {@code WEB-INF/classes}
   * @param version the jar's Implementation-Version, or {@code ""}
   */
  public record Plugin(
      String name,
      String version,
      List<Widget> widgets,
      List<String> enrichers,
      List<String> sections,
      List<String> other) {}

  /** The installed plugins, by name. */
  public List<Plugin> list() {
    Map<String, Plugin> byName = new TreeMap<>();
    for (Widget widget : widgets) {
      plugin(byName, unproxied(widget.getClass())).widgets().add(widget);
    }
    for (SectionContributor contributor : contributors) {
      Plugin plugin = plugin(byName, unproxied(contributor.getClass()));
      try {
        contributor.sections().forEach(seed -> plugin.sections().add(seed.name()));
      } catch (RuntimeException e) {
        plugin.sections().add(contributor.id() + " (failing)");
      }
    }
    for (Bean<?> bean : beans.getBeans(ArticleEnricher.class, Any.Literal.INSTANCE)) {
      plugin(byName, bean.getBeanClass()).enrichers().add(bean.getBeanClass().getSimpleName());
    }
    for (Class<?> type : List.of(SearchProvider.class, ModuleSchema.class)) {
      for (Bean<?> bean : beans.getBeans(type, Any.Literal.INSTANCE)) {
        plugin(byName, bean.getBeanClass())
            .other()
            .add(type.getSimpleName() + ": " + bean.getBeanClass().getSimpleName());
      }
    }
    return List.copyOf(byName.values());
  }

  private static Plugin plugin(Map<String, Plugin> byName, Class<?> type) {
    String[] identity = identity(type);
    return byName.computeIfAbsent(
        identity[0],
        name ->
            new Plugin(
                name,
                identity[1],
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>()));
  }

  /** A CDI client proxy's class is a subclass of the bean's class. */
  private static Class<?> unproxied(Class<?> type) {
    return type.getName().contains("$Proxy$") || type.getName().contains("$$")
        ? type.getSuperclass()
        : type;
  }

  /** Name and version of the jar a class comes from. */
  static String[] identity(Class<?> type) {
    Package pkg = type.getPackage();
    String title = pkg == null ? null : pkg.getImplementationTitle();
    String version = pkg == null ? null : pkg.getImplementationVersion();
    String file = "site";
    CodeSource source = type.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location != null) {
      String path = location.getPath();
      if (path.endsWith(".jar") || path.endsWith(".jar!/")) {
        String trimmed = path.replaceAll("!/$", "");
        file = trimmed.substring(trimmed.lastIndexOf('/') + 1);
      }
    }
    return new String[] {
      title != null && !title.isBlank() ? title : file, version == null ? "" : version
    };
  }
}

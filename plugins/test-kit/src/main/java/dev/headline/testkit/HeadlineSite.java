package dev.headline.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the archive an Arquillian test deploys: Headline's WAR with the plugin under test in
 * {@code WEB-INF/lib}, as a site would run it. A plugin's integration test needs a few lines:
 *
 * <pre>{@code
 * @ExtendWith(ArquillianExtension.class)
 * class WeatherPluginIT {
 *
 *   @Deployment(testable = false)
 *   static WebArchive site() {
 *     return HeadlineSite.war().withPluginUnderTest("weather").archive();
 *   }
 *
 *   @ArquillianResource URL base;
 *
 *   @Test
 *   void theWidgetShowsOnTheHomePage() throws Exception {
 *     Reader reader = new Reader(base);
 *     assertNotNull(reader.page("").selectFirst("[data-widget=weather]"));
 *   }
 * }
 * }</pre>
 *
 * <p>The WAR comes from the system property {@code headline.testkit.war}, else {@code
 * target/headline.war} (copy the {@code dev.headline:headline-web-faces:war} artifact there with
 * the dependency plugin). A plugin that the WAR already contains is replaced by the one under test.
 */
public final class HeadlineSite {

  private static final String BEANS_XML =
      "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
          + " bean-discovery-mode=\"annotated\"/>";

  private final WebArchive war;

  private HeadlineSite(WebArchive war) {
    this.war = war;
  }

  /** Headline's WAR, from {@code headline.testkit.war} or {@code target/headline.war}. */
  public static HeadlineSite war() {
    return war(Path.of(System.getProperty("headline.testkit.war", "target/headline.war")));
  }

  /** A given WAR: Headline's, or a site's own built as an overlay of it. */
  public static HeadlineSite war(Path file) {
    File war = file.toFile();
    if (!war.isFile()) {
      throw new IllegalStateException(
          "No Headline WAR at "
              + war.getAbsolutePath()
              + ": copy dev.headline:headline-web-faces:war there, or set headline.testkit.war");
    }
    return new HeadlineSite(ShrinkWrap.createFromZipFile(WebArchive.class, war));
  }

  /**
   * Adds the plugin this build compiled ({@code target/classes}) as {@code WEB-INF/lib/<name>.jar},
   * replacing any jar of the WAR whose name starts with {@code name}.
   *
   * @param name the plugin's artifact id, for example {@code headline-plugin-weather}
   */
  public HeadlineSite withPluginUnderTest(String name) {
    return withPlugin(name, Path.of("target/classes"));
  }

  /** Adds a plugin from a folder of compiled classes and resources, replacing one of that name. */
  public HeadlineSite withPlugin(String name, Path classes) {
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException("No compiled plugin at " + classes.toAbsolutePath());
    }
    removeLibraries(name);
    JavaArchive jar =
        ShrinkWrap.create(JavaArchive.class, name + ".jar")
            .as(ExplodedImporter.class)
            .importDirectory(classes.toFile())
            .as(JavaArchive.class);
    if (!jar.contains("META-INF/beans.xml")) {
      jar.addAsManifestResource(new StringAsset(BEANS_XML), "beans.xml");
    }
    war.addAsLibrary(jar);
    return this;
  }

  /**
   * Adds a small plugin made of test classes, for example a widget that fails on purpose to check
   * that a faulty plugin cannot take the site down.
   *
   * @param name the jar's name, without {@code .jar}
   * @param classes the plugin's classes (CDI beans with a bean-defining annotation)
   */
  public HeadlineSite withTestPlugin(String name, Class<?>... classes) {
    JavaArchive jar =
        ShrinkWrap.create(JavaArchive.class, name + ".jar")
            .addClasses(classes)
            .addAsManifestResource(new StringAsset(BEANS_XML), "beans.xml");
    war.addAsLibrary(jar);
    return this;
  }

  /** The archive to return from a {@code @Deployment} method. */
  public WebArchive archive() {
    return war;
  }

  private void removeLibraries(String name) {
    List<ArchivePath> doomed = new ArrayList<>();
    war.getContent(
            path -> {
              String p = path.get();
              return p.startsWith("/WEB-INF/lib/" + name) && p.endsWith(".jar");
            })
        .keySet()
        .forEach(doomed::add);
    doomed.forEach(war::delete);
  }
}

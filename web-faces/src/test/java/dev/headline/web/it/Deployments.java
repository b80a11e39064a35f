package dev.headline.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployments integration tests share: always the WAR the build produced, never a copy. */
public final class Deployments {

  private Deployments() {}

  /** {@code target/headline.war}, as a reader's server would receive it. */
  public static WebArchive headlineWar() {
    File war = new File("target/headline.war");
    if (!war.isFile()) {
      throw new IllegalStateException("Run the package phase first: " + war.getAbsolutePath());
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}

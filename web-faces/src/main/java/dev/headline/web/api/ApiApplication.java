package dev.headline.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The content API (Jakarta REST) under {@code /api/v1}. Its OpenAPI document is served by the
 * server at {@code /openapi}.
 *
 * <p>Why {@code /api/v1} and not {@code /api}: servlets already own addresses below {@code /api}
 * ({@code /api/articles/*} for an article's counts, {@code /api/search}, and plugins' such as
 * {@code /api/live/*}). A REST application mapped to {@code /api/*} would leave them alone (a
 * longer servlet mapping wins), but {@code /api/articles/*} also matches {@code /api/articles}
 * itself, so the article list could never reach it. A version segment of its own keeps the two
 * apart, keeps {@code /api/articles/{id}/stats} as documented, and leaves room for a later {@code
 * /api/v2}. All classes of this package are found by the container's scanning.
 */
@ApplicationPath(ApiApplication.PATH)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Headline content API",
            version = "1",
            description =
                "Published articles, the section tree and media uploads. Reading is public and"
                    + " anonymous; uploading needs a signed-in author, editor or admin."),
    tags = {
      @Tag(name = "articles", description = "Published articles, newest first"),
      @Tag(name = "sections", description = "The category tree"),
      @Tag(name = "media", description = "Image uploads for the newsroom")
    })
public class ApiApplication extends Application {

  /** Where the API lives below the context root. */
  public static final String PATH = "/api/v1";

  /**
   * Jersey's generated WADL description is switched off: the OpenAPI document is the API's one
   * description. Returning properties (not classes) keeps the container's scanning of resources.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}

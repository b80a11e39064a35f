package dev.headline.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
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
                "Published articles, the section tree and media uploads, and the newsroom's"
                    + " writes: drafts, changes, publishing. Reading published content is public"
                    + " and anonymous. Writes, and reading articles with view=newsroom, need a"
                    + " member of staff signed in through the site's login page (/account/login),"
                    + " whose session cookie authenticates, or HTTP Basic with the account's"
                    + " username and password (scripts); the newsroom's role rules decide."
                    + " A write must come from a page of this site (Origin) or carry the header "
                    + CrossSite.HEADER
                    + ", and be sent as application/json."),
    tags = {
      @Tag(name = "articles", description = "Published articles, newest first"),
      @Tag(name = "sections", description = "The category tree"),
      @Tag(name = "media", description = "Image uploads for the newsroom")
    })
@SecurityScheme(
    securitySchemeName = ApiApplication.SESSION,
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    apiKeyName = "JSESSIONID",
    description =
        "The session of a member of staff who signed in at /account/login (form login of the"
            + " site's accounts). Writes must also pass the same-site check: an Origin of this"
            + " site, or the header "
            + CrossSite.HEADER
            + ".")
@SecurityScheme(
    securitySchemeName = ApiApplication.BASIC,
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description =
        "For scripts: the username and password of the site's account, signed in for the one"
            + " request (no session is kept). HTTPS only. Writes also need the header "
            + CrossSite.HEADER
            + ".")
public class ApiApplication extends Application {

  /** The name of the OpenAPI security scheme of a signed-in session. */
  public static final String SESSION = "session";

  /** The name of the OpenAPI security scheme of HTTP Basic, see {@link BasicSignIn}. */
  public static final String BASIC = "basic";

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

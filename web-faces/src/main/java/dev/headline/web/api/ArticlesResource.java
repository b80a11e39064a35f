package dev.headline.web.api;

import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.web.api.ApiModels.ArticleDetail;
import dev.headline.web.api.ApiModels.ArticlePage;
import dev.headline.web.api.ApiModels.ArticleSummary;
import dev.headline.web.api.ApiModels.PageLinks;
import dev.headline.web.site.Origin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/articles}: visible articles, newest first, a page at a time, optionally of one
 * section (its subsections included); {@code GET /api/v1/articles/{slug}}: one visible article with
 * its body. Drafts, scheduled and withdrawn articles are never listed nor found.
 *
 * <pre>{@code
 * GET /api/v1/articles?page=2&size=10&section=/world-news/asia/
 * {"items": [...], "page": 2, "size": 10, "total": 57, "pages": 6,
 *  "links": {"self": "...", "first": "...", "prev": "...", "next": "...", "last": "..."}}
 * }</pre>
 *
 * Parameters are read as text and checked here, so a malformed one answers 400 with a message
 * rather than the framework's bare 404. Answers may be cached for a minute.
 */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
@RequestScoped
public class ArticlesResource {

  /** Articles on a page when {@code size} is not given. */
  static final int DEFAULT_SIZE = 20;

  /** The most articles one page returns; a larger {@code size} is lowered to it. */
  static final int MAX_SIZE = 50;

  /** The deepest page one may ask for (offset paging: deeper pages cost more). */
  static final int MAX_PAGE = 10_000;

  static final String CACHE = "public, max-age=60";

  @Inject ApiContent content;
  @Inject Taxonomy taxonomy;
  @Inject StaffArticles staff;
  @Context HttpServletRequest request;

  @GET
  @Operation(
      summary = "List published articles",
      description =
          "Visible articles, newest first, paginated. A size above "
              + MAX_SIZE
              + " is lowered to "
              + MAX_SIZE
              + ".")
  @APIResponse(
      responseCode = "200",
      description = "A page of articles",
      content = @Content(schema = @Schema(implementation = ArticlePage.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is malformed, or names no section",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "404",
      description = "The page is beyond the last one",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response list(
      @Parameter(description = "Page number, from 1", schema = @Schema(defaultValue = "1"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Articles per page, 1 to " + MAX_SIZE,
              schema = @Schema(defaultValue = "20"))
          @QueryParam("size")
          String size,
      @Parameter(description = "A section's path, for example /world-news/asia/")
          @QueryParam("section")
          String section,
      @Parameter(
              description =
                  "newsroom: the caller's articles in any status (all for editors and admins),"
                      + " most recently changed first; needs a signed-in member of staff")
          @QueryParam("view")
          String view,
      @Parameter(
              description =
                  "With view=newsroom: only DRAFT, SCHEDULED, PUBLISHED or WITHDRAWN articles")
          @QueryParam("status")
          String status) {
    Optional<Integer> pageNumber = number(page, 1, MAX_PAGE);
    if (pageNumber.isEmpty()) {
      return ApiError.badRequest("page must be a whole number from 1 to " + MAX_PAGE + ".");
    }
    Optional<Integer> pageSize = number(size, DEFAULT_SIZE, Integer.MAX_VALUE);
    if (pageSize.isEmpty()) {
      return ApiError.badRequest("size must be a whole number from 1.");
    }
    int n = pageNumber.get();
    int perPage = Math.min(pageSize.get(), MAX_SIZE);
    if (view != null) {
      return StaffArticles.VIEW.equals(view)
          ? staff.list(status, n, perPage)
          : ApiError.badRequest("view may only be " + StaffArticles.VIEW + ".");
    }
    Optional<Section> within = Optional.empty();
    if (section != null && !section.isBlank()) {
      within = sectionAt(section);
      if (within.isEmpty()) {
        return ApiError.badRequest("There is no section at " + section.strip() + ".");
      }
    }
    Taxonomy.ArchivePage archive = content.page(within, n, perPage);
    int pages = archive.pages(perPage);
    if (n > pages) {
      return ApiError.notFound("There are " + pages + " pages of " + perPage + " articles.");
    }
    String base = Origin.of(request);
    List<ArticleSummary> items =
        content.summaries(archive.articleIds()).stream().map(s -> s.at(base)).toList();
    String listAddress =
        base
            + ApiApplication.PATH
            + "/articles?size="
            + perPage
            + within
                .map(s -> "&section=" + URLEncoder.encode(s.path(), StandardCharsets.UTF_8))
                .orElse("")
            + "&page=";
    PageLinks links =
        new PageLinks(
            listAddress + n,
            listAddress + 1,
            n > 1 ? listAddress + (n - 1) : null,
            n < pages ? listAddress + (n + 1) : null,
            listAddress + pages);
    return Response.ok(new ArticlePage(items, n, perPage, archive.total(), pages, links))
        .header("Cache-Control", CACHE)
        .build();
  }

  @GET
  @Path("{slug}")
  @Operation(
      summary = "One published article",
      description = "The article with its sanitised body HTML, language and tags.")
  @APIResponse(
      responseCode = "200",
      description = "The article",
      content = @Content(schema = @Schema(implementation = ArticleDetail.class)))
  @APIResponse(
      responseCode = "404",
      description = "No published article has this slug",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response article(
      @Parameter(description = "The article's slug, the last segment of its address")
          @PathParam("slug")
          String slug,
      @Parameter(
              description =
                  "newsroom: the article with this id in any status, with its version (also the"
                      + " ETag) and filing, for a signed-in member of staff who may see it")
          @QueryParam("view")
          String view) {
    if (view != null) {
      return StaffArticles.VIEW.equals(view)
          ? staff.view(slug, Origin.of(request))
          : ApiError.badRequest("view may only be " + StaffArticles.VIEW + ".");
    }
    Optional<ArticleDetail> article = content.article(slug);
    if (article.isEmpty()) {
      return ApiError.notFound("No published article has this slug.");
    }
    return Response.ok(article.get().at(Origin.of(request))).header("Cache-Control", CACHE).build();
  }

  /** {@code /world-news/asia/}, {@code world-news/asia} or {@code /world-news/asia}. */
  private Optional<Section> sectionAt(String path) {
    List<String> slugs = Arrays.stream(path.strip().split("/")).filter(s -> !s.isEmpty()).toList();
    return slugs.isEmpty() || slugs.size() > 20 ? Optional.empty() : taxonomy.sectionAt(slugs);
  }

  /** A whole number within bounds, the default when absent, empty when malformed. */
  static Optional<Integer> number(String text, int absent, int max) {
    if (text == null) {
      return Optional.of(absent);
    }
    String digits = text.strip();
    if (!digits.matches("[0-9]{1,9}")) {
      return Optional.empty();
    }
    int value = Integer.parseInt(digits);
    return value < 1 || value > max ? Optional.empty() : Optional.of(value);
  }
}

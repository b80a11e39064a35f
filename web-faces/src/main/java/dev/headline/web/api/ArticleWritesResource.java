package dev.headline.web.api;

import dev.headline.web.api.ArticleInput.Unreadable;
import dev.headline.web.api.DeskModels.ArticleInputDoc;
import dev.headline.web.api.DeskModels.EditConflict;
import dev.headline.web.api.DeskModels.FieldErrors;
import dev.headline.web.api.DeskModels.ScheduleDoc;
import dev.headline.web.api.DeskModels.StaffArticle;
import dev.headline.web.site.Origin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's writes for signed-in staff: {@code POST /api/v1/articles} creates a draft, {@code PUT
 * /api/v1/articles/{id}} changes one (with the version it was made from), and {@code POST
 * /api/v1/articles/{id}/publish}, {@code .../schedule} and {@code .../withdraw} change its status.
 * Status changes are actions of their own rather than a field of the PUT, so that a change of text
 * can never publish by accident, and each is checked and audited as the newsroom's buttons are.
 * There is no DELETE: the editorial rules have no deletion, withdrawing takes an article off the
 * site.
 *
 * <pre>{@code
 * POST /api/v1/articles            {"title": "Harbour reopens", "body": "<p>...</p>"}
 *   201, ETag "0", Location .../api/v1/articles/42?view=newsroom
 * PUT /api/v1/articles/42          If-Match: "0"   {"title": "Harbour reopens at dawn"}
 *   200, ETag "1"          (or 409 with both versions when someone saved in between)
 * POST /api/v1/articles/42/publish {}
 * }</pre>
 *
 * <p>Who is calling is the session of the site's own login (Jakarta Security), and what they may do
 * is decided by the newsroom's {@link dev.headline.web.newsroom.NewsroomDesk}: see {@link
 * StaffArticles}. Because a browser sends the session cookie wherever a request comes from, a write
 * must also come from this site ({@link CrossSite}) and be JSON ({@code application/json}, which an
 * HTML form of another site cannot send).
 */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
@RequestScoped
public class ArticleWritesResource {

  @Inject StaffArticles staff;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a draft",
      description =
          "A new draft owned by the caller, filed in the sections named (the fallback section when"
              + " none). Any member of staff: contributor, author, editor or admin. "
              + CrossSite.RULE)
  @SecurityRequirement(name = ApiApplication.SESSION)
  @SecurityRequirement(name = ApiApplication.BASIC)
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = ArticleInputDoc.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is its staff address, ETag its version",
      content = @Content(schema = @Schema(implementation = StaffArticle.class)))
  @APIResponse(
      responseCode = "400",
      description = "The body is not a JSON object",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "401",
      description = "Not signed in",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not staff, or sent from another site",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "415",
      description = "Not sent as application/json",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "422",
      description = "Fields that cannot be taken, each with a message",
      content = @Content(schema = @Schema(implementation = FieldErrors.class)))
  public Response create(String body) {
    Optional<Response> refused = refusal();
    if (refused.isPresent()) {
      return refused.get();
    }
    try {
      return staff.create(ArticleInput.read(body), Origin.of(request));
    } catch (Unreadable unreadable) {
      return ApiError.badRequest(unreadable.getMessage());
    }
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change an article",
      description =
          "Changes text, slug, sections and tags, made from the version named by If-Match (the ETag"
              + " of GET /api/v1/articles/{id}?view=newsroom) or by the version field. Fields left"
              + " out keep their stored value; null clears one. Contributors change their own"
              + " drafts, authors their own articles, editors and admins every article. "
              + CrossSite.RULE)
  @SecurityRequirement(name = ApiApplication.SESSION)
  @SecurityRequirement(name = ApiApplication.BASIC)
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = ArticleInputDoc.class)))
  @APIResponse(
      responseCode = "200",
      description = "Saved; ETag is the new version",
      content = @Content(schema = @Schema(implementation = StaffArticle.class)))
  @APIResponse(
      responseCode = "400",
      description = "The body is not a JSON object, or If-Match is not a version",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "401",
      description = "Not signed in",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "The caller's roles do not allow changing this article, or another site sent it",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "404",
      description = "No article has this id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description = "Someone saved it after that version: both versions, nothing changed",
      content = @Content(schema = @Schema(implementation = EditConflict.class)))
  @APIResponse(
      responseCode = "422",
      description = "Fields that cannot be taken, each with a message",
      content = @Content(schema = @Schema(implementation = FieldErrors.class)))
  @APIResponse(
      responseCode = "428",
      description = "No version named",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response change(
      @Parameter(description = "The article's id") @PathParam("id") String id,
      @Parameter(
              in = ParameterIn.HEADER,
              description = "The ETag the change was made from, for example \"3\"")
          @HeaderParam("If-Match")
          String ifMatch,
      String body) {
    Optional<Response> refused = refusal();
    if (refused.isPresent()) {
      return refused.get();
    }
    ArticleInput input;
    try {
      input = ArticleInput.read(body);
    } catch (Unreadable unreadable) {
      return ApiError.badRequest(unreadable.getMessage());
    }
    Optional<Long> matched = Optional.empty();
    if (ifMatch != null) {
      matched = version(ifMatch);
      if (matched.isEmpty()) {
        return ApiError.badRequest("If-Match must be one ETag of the article, such as \"3\".");
      }
      if (input.version().isPresent() && !input.version().equals(matched)) {
        return ApiError.badRequest("If-Match and the version field name different versions.");
      }
    }
    Long version = matched.or(input::version).orElse(null);
    return staff.change(id, version, input, Origin.of(request));
  }

  @POST
  @Path("{id}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Publish an article now",
      description =
          "Authors publish their own articles, editors and admins every article; the publication"
              + " is written to the audit log. The body is ignored ({} will do). "
              + CrossSite.RULE)
  @SecurityRequirement(name = ApiApplication.SESSION)
  @SecurityRequirement(name = ApiApplication.BASIC)
  @APIResponse(
      responseCode = "200",
      description = "Published",
      content = @Content(schema = @Schema(implementation = StaffArticle.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not allowed, or sent from another site")
  @APIResponse(responseCode = "404", description = "No article has this id")
  public Response publish(@PathParam("id") String id, String body) {
    return action(id, "publish", body);
  }

  @POST
  @Path("{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Withdraw an article",
      description =
          "Takes a published or scheduled article off the site; the same roles as publishing, and"
              + " audited. The body is ignored. "
              + CrossSite.RULE)
  @SecurityRequirement(name = ApiApplication.SESSION)
  @SecurityRequirement(name = ApiApplication.BASIC)
  @APIResponse(
      responseCode = "200",
      description = "Withdrawn",
      content = @Content(schema = @Schema(implementation = StaffArticle.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not allowed, or sent from another site")
  @APIResponse(responseCode = "404", description = "No article has this id")
  public Response withdraw(@PathParam("id") String id, String body) {
    return action(id, "withdraw", body);
  }

  @POST
  @Path("{id}/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Schedule an article",
      description =
          "Publishes at the time given (a time already past publishes now); the same roles as"
              + " publishing, and audited. A published article must be withdrawn first. "
              + CrossSite.RULE)
  @SecurityRequirement(name = ApiApplication.SESSION)
  @SecurityRequirement(name = ApiApplication.BASIC)
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = ScheduleDoc.class)))
  @APIResponse(
      responseCode = "200",
      description = "Scheduled (or published, for a past time)",
      content = @Content(schema = @Schema(implementation = StaffArticle.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not allowed, or sent from another site")
  @APIResponse(responseCode = "404", description = "No article has this id")
  @APIResponse(
      responseCode = "409",
      description = "The article is published",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "422",
      description = "No time, or not an ISO-8601 instant",
      content = @Content(schema = @Schema(implementation = FieldErrors.class)))
  public Response schedule(@PathParam("id") String id, String body) {
    return action(id, "schedule", body);
  }

  private Response action(String id, String action, String body) {
    Optional<Response> refused = refusal();
    if (refused.isPresent()) {
      return refused.get();
    }
    JsonObject json;
    try {
      json = ArticleInput.object(body);
    } catch (Unreadable unreadable) {
      return ApiError.badRequest(unreadable.getMessage());
    }
    Instant at = null;
    if ("schedule".equals(action)) {
      try {
        at =
            json.get("at") instanceof JsonString text
                ? Instant.parse(text.getString().strip())
                : null;
      } catch (DateTimeParseException e) {
        at = null;
      }
      if (at == null) {
        return StaffArticles.invalid(
            Map.of("at", "An ISO-8601 time in UTC, for example 2030-01-31T08:00:00Z."));
      }
    }
    return staff.status(id, action, at, Origin.of(request));
  }

  /** The answer for a write that may not go ahead at all, whatever it asks. */
  private Optional<Response> refusal() {
    if (!CrossSite.allows(request)) {
      return Optional.of(
          ApiError.response(
              Response.Status.FORBIDDEN,
              "Changes are taken from pages of this site, or from scripts that send the header "
                  + CrossSite.HEADER
                  + "."));
    }
    if (!isJson(request.getContentType())) {
      return Optional.of(
          ApiError.response(
              Response.Status.UNSUPPORTED_MEDIA_TYPE, "Send the request as application/json."));
    }
    if (!staff.signedIn()) {
      return Optional.of(ApiError.response(Response.Status.UNAUTHORIZED, "Sign in first."));
    }
    return Optional.empty();
  }

  /** Whether a Content-Type header is {@code application/json}, with any parameters. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int parameters = contentType.indexOf(';');
    String type = parameters < 0 ? contentType : contentType.substring(0, parameters);
    return "application/json".equals(type.strip().toLowerCase(java.util.Locale.ROOT));
  }

  /** {@code "3"}, {@code W/"3"} or {@code 3}: 3; anything else (a list, {@code *}): empty. */
  static Optional<Long> version(String ifMatch) {
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    return tag.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(tag)) : Optional.empty();
  }
}

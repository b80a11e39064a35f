package dev.headline.web.api;

import dev.headline.core.content.domain.EditorialPolicy;
import dev.headline.core.media.application.MediaLibrary;
import dev.headline.core.media.domain.Media;
import dev.headline.core.media.domain.MediaRefused;
import dev.headline.web.api.ApiModels.MediaCreated;
import dev.headline.web.media.MediaFiles;
import dev.headline.web.newsroom.Caller;
import dev.headline.web.site.Origin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/media}: uploads an image (multipart form field {@code file}) into the media
 * library through {@link MediaLibrary}, for signed-in authors, editors and admins; answers 201 with
 * the media's id and the addresses of the full-size file and its variants.
 *
 * <p>The caller is the session of the site's own login, so the upload must not be something another
 * site can make a signed-in browser send: see {@link CrossSite}. The answer is never cached.
 */
@Path("media")
@Tag(name = "media")
@RequestScoped
public class MediaResource {

  @Inject MediaLibrary library;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Upload an image",
      description =
          "The type is decided by decoding the file (JPEG, PNG or GIF), not by its name. Metadata"
              + " (EXIF, GPS position) is removed; variants 300, 768 and 1200 pixels wide are made"
              + " (those not wider than the image). Needs a signed-in author, editor or admin, and a"
              + " same-origin request (or the header "
              + CrossSite.HEADER
              + " from a script).")
  @SecurityRequirement(name = ApiApplication.SESSION)
  @SecurityRequirement(name = ApiApplication.BASIC)
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(implementation = UploadForm.class)))
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location is the full-size file",
      content = @Content(schema = @Schema(implementation = MediaCreated.class)))
  @APIResponse(
      responseCode = "400",
      description = "No file, or not an image",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "401",
      description = "Not signed in",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not staff who may write articles, or sent from another site",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "413",
      description = "Larger than headline.media.max-bytes, or too many pixels",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response upload(@FormParam("file") EntityPart file) throws IOException {
    if (!CrossSite.allows(request)) {
      return ApiError.response(
          Response.Status.FORBIDDEN, "Uploads are taken from pages of this site only.");
    }
    if (request.getUserPrincipal() == null) {
      return ApiError.response(Response.Status.UNAUTHORIZED, "Sign in to upload.");
    }
    if (!EditorialPolicy.mayUpload(Caller.rolesGranted(request::isUserInRole))) {
      return ApiError.response(
          Response.Status.FORBIDDEN, "Only staff who may write articles upload media.");
    }
    if (file == null) {
      return ApiError.badRequest("Send the image as the multipart form field \"file\".");
    }
    byte[] bytes = read(file.getContent(), library.maxBytes());
    if (bytes == null) {
      return ApiError.response(
          Response.Status.REQUEST_ENTITY_TOO_LARGE,
          "The file is larger than " + library.maxBytes() + " bytes.");
    }
    Media media;
    try {
      media = library.upload(bytes, file.getFileName().orElse(file.getName()));
    } catch (MediaRefused refused) {
      Response.Status status =
          switch (refused.reason()) {
            case TOO_LARGE, TOO_MANY_PIXELS -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case EMPTY, NOT_AN_IMAGE -> Response.Status.BAD_REQUEST;
          };
      return ApiError.response(status, refused.getMessage());
    }
    String base = Origin.of(request);
    String url = base + MediaFiles.path(media.getFileName());
    return Response.created(URI.create(url))
        .header("Cache-Control", "no-store")
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new MediaCreated(
                media.getId(),
                media.getFileName(),
                media.getMimeType(),
                media.getWidth(),
                media.getHeight(),
                media.getSizeBytes(),
                url,
                ApiContent.variants(media).stream().map(v -> v.at(base)).toList()))
        .build();
  }

  /** The part's bytes, or {@code null} once there are more than {@code max}. */
  private static byte[] read(InputStream in, long max) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > max) {
          return null;
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  /** The form the OpenAPI document describes for the upload. */
  @Schema(name = "UploadForm")
  public static class UploadForm {
    @Schema(
        type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
        format = "binary",
        description = "The image: JPEG, PNG or GIF")
    public String file;
  }
}

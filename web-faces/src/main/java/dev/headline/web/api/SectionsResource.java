package dev.headline.web.api;

import dev.headline.web.api.ApiModels.SectionNode;
import dev.headline.web.site.Origin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/sections}: the category tree, top-level sections in menu order, each with its
 * path (the address of its archive) and its subsections. Read from the taxonomy's memory.
 */
@Path("sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sections")
@RequestScoped
public class SectionsResource {

  @Inject ApiContent content;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "The section tree")
  @APIResponse(
      responseCode = "200",
      description = "Top-level sections with their subsections",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SectionNode.class)))
  public Response sections() {
    String base = Origin.of(request);
    return Response.ok(content.sections().stream().map(s -> s.at(base)).toList())
        .header("Cache-Control", "public, max-age=300")
        .build();
  }
}

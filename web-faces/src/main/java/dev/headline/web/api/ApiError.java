package dev.headline.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What every refusal of the API looks like: {@code {"status": 400, "error": "Bad Request",
 * "message": "size must be a whole number from 1"}}.
 *
 * @param status the HTTP status, repeated for clients that only see the body
 * @param error the status's reason phrase
 * @param message what was wrong, for a person
 */
@Schema(name = "Error", description = "Why a request was refused")
public record ApiError(int status, String error, String message) {

  /** A JSON response with this status and message, never cached. */
  public static Response response(Response.StatusType status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message))
        .build();
  }

  /** A {@code 400 Bad Request} with this message. */
  public static Response badRequest(String message) {
    return response(Response.Status.BAD_REQUEST, message);
  }

  /** A {@code 404 Not Found} with this message. */
  public static Response notFound(String message) {
    return response(Response.Status.NOT_FOUND, message);
  }
}

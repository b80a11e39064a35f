package dev.headline.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns whatever goes wrong inside the API into an {@link ApiError} body: unknown addresses, wrong
 * methods and unreadable requests keep their status; anything unexpected is logged and answers a
 * plain 500 without a stack trace.
 */
public final class ApiProblems {

  private static final Logger LOG = Logger.getLogger(ApiProblems.class.getName());

  private ApiProblems() {}

  /** The statuses Jakarta REST itself raises (404, 405, 406, 415...), as JSON. */
  @Provider
  public static class Refusals implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
      Response.StatusType status = exception.getResponse().getStatusInfo();
      if (status.getStatusCode() >= 500) {
        LOG.log(Level.WARNING, "API request failed", exception);
        return ApiError.response(status, "The request could not be answered.");
      }
      String message =
          switch (status.getStatusCode()) {
            case 404 -> "Nothing at this address.";
            case 405 -> "This address does not take that method.";
            case 406 -> "This address answers JSON only.";
            case 415 -> "This address does not take that content type.";
            default -> "The request could not be read.";
          };
      Response.ResponseBuilder mapped = Response.fromResponse(ApiError.response(status, message));
      // A 405 says which methods the address takes.
      exception.getResponse().getAllowedMethods().forEach(m -> mapped.header("Allow", m));
      return mapped.build();
    }
  }

  /** Anything else: a bug or an outage, logged, answered without details. */
  @Provider
  public static class Failures implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException exception) {
      if (exception instanceof WebApplicationException refusal) {
        return new Refusals().toResponse(refusal);
      }
      LOG.log(Level.SEVERE, "API request failed", exception);
      return ApiError.response(
          Response.Status.INTERNAL_SERVER_ERROR, "The request could not be answered.");
    }
  }
}

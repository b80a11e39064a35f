package dev.headline.web.api;

import dev.headline.core.content.application.ArticleConflict;
import dev.headline.core.content.application.ArticleNotFound;
import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleStatus;
import dev.headline.core.spi.Taxonomy;
import dev.headline.web.api.DeskModels.EditConflict;
import dev.headline.web.api.DeskModels.FieldErrors;
import dev.headline.web.api.DeskModels.StaffArticle;
import dev.headline.web.api.DeskModels.StaffPage;
import dev.headline.web.api.DeskModels.StaffSummary;
import dev.headline.web.newsroom.ArticleDraft;
import dev.headline.web.newsroom.NewsroomDesk;
import dev.headline.web.newsroom.NotAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The API's newsroom half, between the resources and {@link NewsroomDesk}: every read and change
 * goes through the desk, which checks the caller's roles against the editorial policy (and audits
 * publishing), so the API has exactly the newsroom's rules. Here the desk's answers and refusals
 * become JSON: {@link NotAllowed} 403 (401 when nobody is signed in), an unknown article 404, an
 * edit from an old version 409 with both versions.
 */
@ApplicationScoped
public class StaffArticles {

  /** The {@code view} parameter that asks for articles as the newsroom sees them. */
  static final String VIEW = "newsroom";

  /** 422: the request was read, but some of its fields cannot be taken. */
  static final Response.StatusType UNPROCESSABLE =
      new Response.StatusType() {
        @Override
        public int getStatusCode() {
          return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
          return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
          return "Unprocessable Content";
        }
      };

  @Inject NewsroomDesk desk;
  @Inject Taxonomy taxonomy;
  @Inject SecurityContext security;

  /** Whether the container knows a caller (a signed-in session). */
  boolean signedIn() {
    return security.getCallerPrincipal() != null;
  }

  /** {@code GET /api/v1/articles/{id}?view=newsroom}: one article the caller may see. */
  Response view(String idText, String base) {
    Optional<Long> id = id(idText);
    if (id.isEmpty()) {
      return ApiError.notFound("With view=newsroom, an article is named by its id.");
    }
    return answer(() -> shown(desk.open(id.get()), base, Response.Status.OK));
  }

  /** {@code GET /api/v1/articles?view=newsroom}: the caller's list, as the newsroom's. */
  Response list(String statusText, int page, int size) {
    Optional<ArticleStatus> status;
    try {
      status =
          statusText == null || statusText.isBlank()
              ? Optional.empty()
              : Optional.of(ArticleStatus.valueOf(statusText.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return ApiError.badRequest("status must be DRAFT, SCHEDULED, PUBLISHED or WITHDRAWN.");
    }
    return answer(
        () -> {
          ArticleStatus only = status.orElse(null);
          long total = desk.count(only, null, null);
          List<StaffSummary> items =
              desk.list(only, null, null, page, size).stream()
                  .map(
                      a ->
                          new StaffSummary(
                              a.getId(),
                              a.getSlug(),
                              a.getTitle(),
                              a.getStatus().name(),
                              a.getVersion(),
                              a.getCreatedBy(),
                              a.getUpdatedAt(),
                              a.getPublishedAt()))
                  .toList();
          int pages = (int) Math.max(1, (total + size - 1) / size);
          return Response.ok(new StaffPage(items, page, size, total, pages))
              .header("Cache-Control", "no-store")
              .build();
        });
  }

  /** A new draft owned by the caller. */
  Response create(ArticleInput input, String base) {
    return answer(
        () -> {
          desk.caller(); // refuses anyone who is not staff before looking at the fields
          Map<String, String> problems = input.problemsForCreate();
          unknownSections(input, problems);
          if (!problems.isEmpty()) {
            return invalid(problems);
          }
          Article created = desk.create(input.draft());
          Response done = found(created, base, Response.Status.CREATED);
          return Response.fromResponse(done)
              .location(java.net.URI.create(address(base, created.getId())))
              .build();
        });
  }

  /** A change made from {@code version}; {@code null} when the client named none (answered 428). */
  Response change(String idText, Long version, ArticleInput input, String base) {
    Optional<Long> id = id(idText);
    if (id.isEmpty()) {
      return ApiError.notFound("No article has this id.");
    }
    return answer(
        () -> {
          Article stored = desk.open(id.get());
          if (!desk.mayEdit(stored)) {
            throw new NotAllowed("edit article " + id.get());
          }
          Map<String, String> problems = input.problemsForChange();
          unknownSections(input, problems);
          if (!problems.isEmpty()) {
            return invalid(problems);
          }
          if (version == null) {
            return ApiError.response(
                Response.Status.PRECONDITION_REQUIRED,
                "Name the version the change was made from: the If-Match header (the ETag of GET"
                    + " ?view=newsroom) or the version field.");
          }
          ArticleDraft merged = input.over(draftOf(stored));
          try {
            return found(desk.save(id.get(), version, merged), base, Response.Status.OK);
          } catch (ArticleConflict conflict) {
            return conflict(version, merged, conflict.current(), base);
          } catch (IllegalArgumentException taken) {
            return invalid(Map.of("slug", "Another article uses this slug."));
          } catch (RuntimeException e) {
            if (!lostRace(e)) {
              throw e;
            }
            return conflict(version, merged, desk.open(id.get()), base);
          }
        });
  }

  /** Publishes, schedules ({@code at} not null) or withdraws an article. */
  Response status(String idText, String action, java.time.Instant at, String base) {
    Optional<Long> id = id(idText);
    if (id.isEmpty()) {
      return ApiError.notFound("No article has this id.");
    }
    return answer(
        () -> {
          Article done =
              switch (action) {
                case "publish" -> desk.publish(id.get());
                case "schedule" -> desk.schedule(id.get(), at);
                case "withdraw" -> desk.withdraw(id.get());
                default -> throw new IllegalArgumentException(action);
              };
          return found(done, base, Response.Status.OK);
        });
  }

  /** Runs a desk call; its refusals as JSON. */
  private Response answer(java.util.function.Supplier<Response> call) {
    if (!signedIn()) {
      return ApiError.response(Response.Status.UNAUTHORIZED, "Sign in first.");
    }
    try {
      return call.get();
    } catch (NotAllowed refused) {
      return ApiError.response(
          Response.Status.FORBIDDEN, "Your roles do not allow this on this article.");
    } catch (ArticleNotFound missing) {
      return ApiError.notFound("No article has this id.");
    } catch (IllegalStateException state) {
      return ApiError.response(Response.Status.CONFLICT, state.getMessage() + ".");
    }
  }

  /**
   * The article as stored now, read again after a change: the entity a change returns may not carry
   * the version its transaction's commit gave it.
   */
  private Response found(Article article, String base, Response.Status status) {
    return shown(desk.open(article.getId()), base, status);
  }

  private Response shown(Article article, String base, Response.Status status) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .tag(etag(article.getVersion()))
        .header("Cache-Control", "no-store")
        .entity(staff(article, base))
        .build();
  }

  private Response conflict(long sent, ArticleDraft yours, Article current, String base) {
    Response.Status status = Response.Status.CONFLICT;
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .tag(etag(current.getVersion()))
        .header("Cache-Control", "no-store")
        .entity(
            new EditConflict(
                status.getStatusCode(),
                status.getReasonPhrase(),
                "Someone saved this article after version "
                    + sent
                    + "; it is now version "
                    + current.getVersion()
                    + ". Nothing was changed.",
                sent,
                current.getVersion(),
                new DeskModels.ArticleInputDoc(
                    yours.title(),
                    yours.slug(),
                    yours.standfirst(),
                    yours.body(),
                    yours.primarySection(),
                    yours.secondarySections(),
                    yours.tags(),
                    sent),
                staff(current, base)))
        .build();
  }

  /** An article as the caller sees it in the newsroom. */
  private StaffArticle staff(Article article, String base) {
    List<Long> filing = desk.filing(article.getId());
    return new StaffArticle(
        article.getId(),
        article.getSlug(),
        article.getTitle(),
        article.getStandfirst(),
        article.getBody(),
        article.getStatus().name(),
        article.getVersion(),
        article.getCreatedBy(),
        article.getCreatedAt(),
        article.getUpdatedAt(),
        article.getPublishedAt(),
        filing.isEmpty() ? null : filing.get(0),
        filing.isEmpty() ? List.of() : List.copyOf(filing.subList(1, filing.size())),
        taxonomy.tagsOf(article.getId()).stream().map(Taxonomy.Tag::name).toList(),
        desk.mayEdit(article),
        desk.mayPublish(article),
        article.getStatus() == ArticleStatus.PUBLISHED
            ? base + taxonomy.articlePath(article.getId(), article.getSlug())
            : null);
  }

  private ArticleDraft draftOf(Article article) {
    List<Long> filing = desk.filing(article.getId());
    return new ArticleDraft(
        article.getTitle(),
        article.getSlug(),
        article.getStandfirst(),
        article.getBody(),
        filing.isEmpty() ? null : filing.get(0),
        filing.isEmpty() ? List.of() : filing.subList(1, filing.size()),
        taxonomy.tagsOf(article.getId()).stream().map(Taxonomy.Tag::name).toList());
  }

  private void unknownSections(ArticleInput input, Map<String, String> problems) {
    input
        .primarySection()
        .filter(section -> taxonomy.section(section).isEmpty())
        .ifPresent(
            section -> problems.put("primarySection", "There is no section " + section + "."));
    input.secondarySections().stream()
        .filter(section -> taxonomy.section(section).isEmpty())
        .findFirst()
        .ifPresent(
            section -> problems.put("secondarySections", "There is no section " + section + "."));
  }

  static Response invalid(Map<String, String> problems) {
    return Response.status(UNPROCESSABLE)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .entity(
            new FieldErrors(
                UNPROCESSABLE.getStatusCode(),
                UNPROCESSABLE.getReasonPhrase(),
                "Some fields cannot be taken: " + String.join(", ", problems.keySet()) + ".",
                Map.copyOf(problems)))
        .build();
  }

  /** The entity tag of a version: the version number, quoted. */
  static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The staff address of an article. */
  static String address(String base, long id) {
    return base + ApiApplication.PATH + "/articles/" + id + "?view=" + VIEW;
  }

  /** An id from a path segment: a whole number from 1. */
  static Optional<Long> id(String text) {
    return text != null && text.matches("[0-9]{1,18}") && Long.parseLong(text) > 0
        ? Optional.of(Long.parseLong(text))
        : Optional.empty();
  }

  private static boolean lostRace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}

package dev.headline.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON shapes of the API's newsroom half: articles in any status as staff see them, what a
 * client sends to write one, and the refusals that carry more than a message (a form's field
 * errors, an edit made from an old version). Dates are ISO-8601 instants in UTC.
 */
public final class DeskModels {

  private DeskModels() {}

  /** An article in any status, as a member of staff who may see it reads it. */
  @Schema(
      name = "StaffArticle",
      description =
          "An article in any status, for staff. The version is also the ETag: send it back with a"
              + " change (If-Match or the version field).")
  public record StaffArticle(
      long id,
      String slug,
      String title,
      String standfirst,
      @Schema(description = "Sanitised HTML") String body,
      @Schema(enumeration = {"DRAFT", "SCHEDULED", "PUBLISHED", "WITHDRAWN"}) String status,
      long version,
      @Schema(description = "The username that created it; absent for articles older than that")
          String createdBy,
      Instant createdAt,
      Instant updatedAt,
      @Schema(description = "When it went or goes live; absent for a draft never published")
          Instant publishedAt,
      @Schema(description = "The primary section's id; absent when filed nowhere yet")
          Long primarySection,
      List<Long> secondarySections,
      List<String> tags,
      @Schema(description = "Whether the caller may change its text now") boolean mayEdit,
      @Schema(description = "Whether the caller may publish, schedule or withdraw it")
          boolean mayPublish,
      @Schema(description = "The reader's address of the live article; absent unless published")
          String url) {}

  /** A line of the staff's article list. */
  @Schema(name = "StaffArticleSummary")
  public record StaffSummary(
      long id,
      String slug,
      String title,
      String status,
      long version,
      String createdBy,
      Instant updatedAt,
      Instant publishedAt) {}

  /** A page of the staff's article list, most recently changed first. */
  @Schema(name = "StaffArticlePage")
  public record StaffPage(List<StaffSummary> items, int page, int size, long total, int pages) {}

  /** What a client sends to create or change an article (documentation of the request body). */
  @Schema(
      name = "ArticleInput",
      description =
          "A new article, or the change of one. Creating needs a title; in a change, a field left"
              + " out keeps its stored value and null clears it. Fields of StaffArticle that are not"
              + " listed here are ignored, so an article read from the API can be sent back.")
  public record ArticleInputDoc(
      @Schema(required = true, maxLength = ArticleInput.MAX_TITLE) String title,
      @Schema(
              description = "The address segment; blank or absent makes one from the title",
              maxLength = ArticleInput.MAX_SLUG)
          String slug,
      @Schema(maxLength = ArticleInput.MAX_STANDFIRST) String standfirst,
      @Schema(
              description = "HTML; anything unsafe is removed when stored",
              maxLength = ArticleInput.MAX_BODY)
          String body,
      @Schema(description = "A section id from GET /api/v1/sections; null: the fallback section")
          Long primarySection,
      List<Long> secondarySections,
      List<String> tags,
      @Schema(description = "In a change: the version it was made from (or send If-Match)")
          Long version) {}

  /** The body of a scheduling request. */
  @Schema(name = "Schedule")
  public record ScheduleDoc(
      @Schema(required = true, description = "When to publish; a time already past publishes now")
          Instant at) {}

  /**
   * A request with fields that cannot be taken: {@code {"status": 422, ..., "fields": {"title": "A
   * title is needed."}}}.
   */
  @Schema(name = "FieldErrors", description = "Why a request's fields were refused")
  public record FieldErrors(int status, String error, String message, Map<String, String> fields) {}

  /**
   * An edit made from an older version than the stored one: both versions, so the client can
   * compare and decide.
   */
  @Schema(
      name = "EditConflict",
      description =
          "Someone saved the article after the version the change was made from. Nothing was"
              + " changed; to replace their version, send the change again with currentVersion.")
  public record EditConflict(
      int status,
      String error,
      String message,
      long sentVersion,
      long currentVersion,
      @Schema(description = "What was sent, with the fields it left out filled from the stored")
          ArticleInputDoc yours,
      @Schema(description = "The article as it is stored now") StaffArticle current) {}
}

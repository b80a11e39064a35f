package dev.headline.web.api;

import dev.headline.core.content.domain.Slugs;
import dev.headline.web.newsroom.ArticleDraft;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An article as a client sent it (see {@link DeskModels.ArticleInputDoc}), read from the JSON text
 * by hand rather than bound by the framework, so that every mistake becomes a message: text that is
 * not JSON is {@link Unreadable} (400); a field of the wrong type or length lands in {@link
 * #problems()} (422), named as the client named it.
 *
 * <p>A field left out is remembered as absent: in a change it keeps the stored value ({@link
 * #over(ArticleDraft)}); {@code null} clears it.
 */
final class ArticleInput {

  static final int MAX_TITLE = 300;
  static final int MAX_SLUG = 200;
  static final int MAX_STANDFIRST = 1000;

  /** Characters of HTML before sanitising; the column holds a million after it. */
  static final int MAX_BODY = 500_000;

  static final int MAX_SECTIONS = 20;
  static final int MAX_TAGS = 30;
  static final int MAX_TAG = 100;

  private final Map<String, String> problems = new LinkedHashMap<>();
  private final JsonObject json;

  private String title;
  private Optional<String> slug;
  private Optional<String> standfirst;
  private Optional<String> body;
  private boolean primaryGiven;
  private Long primary;
  private Optional<List<Long>> secondary;
  private Optional<List<String>> tags;
  private Long version;

  private ArticleInput(JsonObject json) {
    this.json = json;
    title = text("title", MAX_TITLE).orElse(null);
    slug = text("slug", MAX_SLUG);
    standfirst = text("standfirst", MAX_STANDFIRST);
    body = text("body", MAX_BODY);
    primaryGiven = json.containsKey("primarySection");
    primary = id("primarySection", json.get("primarySection")).orElse(null);
    secondary = ids("secondarySections");
    tags = tagNames();
    version =
        json.containsKey("version") && json.get("version") != JsonValue.NULL
            ? number("version", json.get("version"), 0).orElse(null)
            : null;
    slug.filter(s -> !s.isBlank() && Slugs.of(s).isEmpty())
        .ifPresent(s -> problems.put("slug", "The slug needs at least one letter or digit."));
  }

  /**
   * Reads a request body.
   *
   * @throws Unreadable when it is not a JSON object
   */
  static ArticleInput read(String text) {
    return new ArticleInput(object(text));
  }

  /**
   * The JSON object a body holds; an empty body is an empty object.
   *
   * @throws Unreadable when the text is something else
   */
  static JsonObject object(String text) {
    if (text == null || text.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw new Unreadable("Send a JSON object.");
      }
      JsonObject object = parser.getObject();
      if (parser.hasNext()) {
        throw new Unreadable("Send one JSON object and nothing after it.");
      }
      return object;
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      throw new Unreadable("The body is not valid JSON.");
    }
  }

  /** Field name to message, in the order the fields were read; empty when all can be taken. */
  Map<String, String> problems() {
    return problems;
  }

  /** What is wrong for a new article, which needs its title. */
  Map<String, String> problemsForCreate() {
    if ((title == null || title.isBlank()) && !problems.containsKey("title")) {
      problems.put("title", "A title is needed.");
    }
    return problems;
  }

  /** What is wrong for a change: the title may be left out, not cleared. */
  Map<String, String> problemsForChange() {
    if (title != null && title.isBlank() && !problems.containsKey("title")) {
      problems.put("title", "A title is needed.");
    }
    return problems;
  }

  /** The version the client named in the body, if it did. */
  Optional<Long> version() {
    return Optional.ofNullable(version);
  }

  /** The primary section the input names, to be checked against the tree. */
  Optional<Long> primarySection() {
    return Optional.ofNullable(primary);
  }

  /** The secondary sections the input names (none when left out), to be checked. */
  List<Long> secondarySections() {
    return secondary.orElse(List.of());
  }

  /** A new article's draft. */
  ArticleDraft draft() {
    return over(new ArticleDraft(null, null, null, null, null, List.of(), List.of()));
  }

  /** The stored article's draft with what the client sent laid over it. */
  ArticleDraft over(ArticleDraft stored) {
    return new ArticleDraft(
        title != null ? title : stored.title(),
        slug.orElse(stored.slug()),
        standfirst.orElse(stored.standfirst()),
        body.orElse(stored.body()),
        primaryGiven ? primary : stored.primarySection(),
        secondary.orElse(stored.secondarySections()),
        tags.orElse(stored.tags()));
  }

  /** Absent: empty; {@code null}: an empty string; else the text, when short enough. */
  private Optional<String> text(String field, int max) {
    if (!json.containsKey(field)) {
      return Optional.empty();
    }
    JsonValue value = json.get(field);
    if (value == JsonValue.NULL) {
      return Optional.of("");
    }
    if (!(value instanceof JsonString string)) {
      problems.put(field, "Must be text.");
      return Optional.empty();
    }
    String text = string.getString();
    if (text.length() > max) {
      problems.put(field, "At most " + max + " characters.");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private Optional<Long> id(String field, JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    return number(field, value, 1);
  }

  private Optional<Long> number(String field, JsonValue value, long min) {
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        long n = number.longValueExact();
        if (n >= min) {
          return Optional.of(n);
        }
      } catch (ArithmeticException tooLarge) {
        // reported below, as any other number out of range
      }
    }
    problems.put(field, "Must be a whole number from " + min + ".");
    return Optional.empty();
  }

  private Optional<List<Long>> ids(String field) {
    Optional<JsonArray> array = array(field, MAX_SECTIONS);
    if (array.isEmpty()) {
      return json.get(field) == JsonValue.NULL ? Optional.of(List.of()) : Optional.empty();
    }
    List<Long> ids = new ArrayList<>();
    for (JsonValue value : array.get()) {
      Optional<Long> id = value == JsonValue.NULL ? Optional.empty() : id(field, value);
      if (id.isEmpty()) {
        problems.put(field, "Must be a list of section ids.");
        return Optional.empty();
      }
      if (!ids.contains(id.get())) {
        ids.add(id.get());
      }
    }
    return Optional.of(ids);
  }

  private Optional<List<String>> tagNames() {
    Optional<JsonArray> array = array("tags", MAX_TAGS);
    if (array.isEmpty()) {
      return json.get("tags") == JsonValue.NULL ? Optional.of(List.of()) : Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (JsonValue value : array.get()) {
      if (!(value instanceof JsonString name) || name.getString().length() > MAX_TAG) {
        problems.put("tags", "Must be a list of names of at most " + MAX_TAG + " characters.");
        return Optional.empty();
      }
      if (!name.getString().isBlank()) {
        names.add(name.getString().strip());
      }
    }
    return Optional.of(names);
  }

  /** The field's array when it is one of at most {@code max} items; absent or null: empty. */
  private Optional<JsonArray> array(String field, int max) {
    JsonValue value = json.get(field);
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (!(value instanceof JsonArray array)) {
      problems.put(field, "Must be a list.");
      return Optional.empty();
    }
    if (array.size() > max) {
      problems.put(field, "At most " + max + " items.");
      return Optional.empty();
    }
    return Optional.of(array);
  }

  /** A body that is not a JSON object: the request is answered 400. */
  static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }
}

package dev.headline.taxonomy.tree.infrastructure;

import dev.headline.core.spi.SectionContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The default news tree, contributed like any plugin's sections, from the data file {@code
 * default-sections.txt} beside this class: one section a line ({@code slug | Name | description}),
 * two spaces of indent per level.
 */
@ApplicationScoped
public class DefaultSections implements SectionContributor {

  static final String RESOURCE = "/dev/headline/taxonomy/default-sections.txt";

  /** Slug of the section that takes articles without one. */
  public static final String FALLBACK = "uncategorized";

  @Inject
  @ConfigProperty(name = "headline.taxonomy.default-tree.enabled", defaultValue = "true")
  boolean enabled;

  @Override
  public String id() {
    return "default";
  }

  @Override
  public List<Seed> sections() {
    if (!enabled) {
      return List.of(new Seed("", FALLBACK, "Uncategorized", null, List.of()));
    }
    try (InputStream in = DefaultSections.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE);
      }
      return parse(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Line(int depth, String slug, String name, String description) {}

  /** Parses the indented format into seeds. */
  static List<Seed> parse(List<String> lines) {
    List<Line> parsed = new ArrayList<>();
    for (String raw : lines) {
      if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
        continue;
      }
      int indent = raw.length() - raw.stripLeading().length();
      if (indent % 2 != 0) {
        throw new IllegalArgumentException("Indent by two spaces: " + raw);
      }
      String[] parts = raw.strip().split("\\|");
      String description = parts.length > 2 ? parts[2].strip() : null;
      parsed.add(new Line(indent / 2, parts[0].strip(), parts[1].strip(), description));
    }
    return build(parsed, 0, 0, parsed.size());
  }

  private static List<Seed> build(List<Line> lines, int depth, int from, int to) {
    List<Seed> seeds = new ArrayList<>();
    int i = from;
    while (i < to) {
      Line line = lines.get(i);
      int end = i + 1;
      while (end < to && lines.get(end).depth() > depth) {
        end++;
      }
      seeds.add(
          new Seed(
              "",
              line.slug(),
              line.name(),
              line.description(),
              build(lines, depth + 1, i + 1, end)));
      i = end;
    }
    return seeds;
  }
}

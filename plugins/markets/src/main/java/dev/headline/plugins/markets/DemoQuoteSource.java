package dev.headline.plugins.markets;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Demo numbers for the widget, read from {@code demo-quotes.csv} beside this class: one instrument
 * a line, {@code symbol;name;close,close,...}. Clearly labelled as demo data on the page.
 */
@ApplicationScoped
public class DemoQuoteSource implements QuoteSource {

  static final String FILE = "demo-quotes.csv";

  @Override
  public List<Instrument> instruments() {
    try (InputStream in = DemoQuoteSource.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the plugin");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String attribution() {
    return "Demo data shipped with the Markets plugin, not market prices.";
  }

  /** Parses the data file's lines; blank lines and lines starting with {@code #} are skipped. */
  static List<Instrument> parse(BufferedReader reader) throws IOException {
    List<Instrument> instruments = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(";", -1);
      if (fields.length != 3) {
        throw new IllegalArgumentException(
            "Line " + number + ": expected symbol;name;values, got " + line);
      }
      try {
        List<Double> closes =
            Arrays.stream(fields[2].split(",")).map(String::strip).map(Double::valueOf).toList();
        instruments.add(new Instrument(fields[0].strip(), fields[1].strip(), closes));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Line " + number + ": not a number in " + line, e);
      }
    }
    return instruments;
  }
}

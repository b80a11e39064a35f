package dev.headline.web.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BodyTest {

  /** What the JDK's writer makes of the same writes: the reference. */
  private static byte[] jdk(Writes writes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      writes.to(writer);
    }
    return out.toByteArray();
  }

  private static byte[] ours(Writes writes) throws IOException {
    Utf8Body body = new Utf8Body();
    PrintWriter writer = new PrintWriter(body, false);
    writes.to(writer);
    writer.flush();
    return body.toByteArray();
  }

  private interface Writes {
    void to(Writer writer) throws IOException;
  }

  @Test
  void encodesAsTheJdkDoesWhateverTheWritesAndTheCharacters() throws IOException {
    Random random = new Random(7);
    // ASCII, Latin-1, other BMP characters, and pairs of surrogates (an emoji), often split
    // between two writes.
    char[] alphabet = "abc <>&\"'é·–’€\uD83D\uDE00".toCharArray();
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(round < 150 ? 40 : 4000);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String whole = text.toString();
      int cut = whole.isEmpty() ? 0 : random.nextInt(whole.length());
      Writes writes =
          w -> {
            w.write(whole, 0, cut);
            w.write(whole.substring(cut).toCharArray());
            w.write(whole);
            w.write('x');
            w.append(whole, 0, cut);
          };
      assertArrayEquals(jdk(writes), ours(writes), "round " + round);
    }
  }

  @Test
  void unpairedSurrogatesBecomeQuestionMarks() throws IOException {
    for (String odd : new String[] {"a\uD83Db", "\uDE00a", "end\uD83D", "\uDE00\uD83D"}) {
      Writes writes = w -> w.write(odd);
      assertArrayEquals(jdk(writes), ours(writes), odd);
    }
  }

  @Test
  void anAnnouncedStringIsCopiedFromItsBytesAndOthersAreEncoded() {
    Utf8Body body = new Utf8Body();
    PrintWriter writer = new PrintWriter(body, false);
    String kept = "<p>Kept – markup</p>";
    // Bytes that differ from the string's encoding show which way it went.
    byte[] marked = "<p>from the bytes</p>".getBytes(StandardCharsets.UTF_8);
    body.expect(kept, marked);
    writer.write("<div>");
    writer.write(kept);
    writer.write(kept);
    writer.write("</div>");
    writer.flush();
    assertEquals(
        "<div><p>from the bytes</p><p>Kept – markup</p></div>",
        new String(body.toByteArray(), StandardCharsets.UTF_8),
        "once announced, once encoded");

    body.reset();
    body.expect(kept, marked);
    writer.write(new String(kept));
    writer.flush();
    assertEquals(kept, new String(body.toByteArray(), StandardCharsets.UTF_8), "an equal copy");
  }
}

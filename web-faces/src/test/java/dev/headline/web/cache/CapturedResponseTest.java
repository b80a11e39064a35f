package dev.headline.web.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The capture of a render, outside a container: the request and the wrapped response are the
 * smallest stand-ins that answer what {@link CapturedResponse} asks them (attributes, the charset);
 * the integration tests run it in Payara.
 */
class CapturedResponseTest {

  private final Map<String, Object> attributes = new HashMap<>();

  private final ServletRequest request =
      (ServletRequest)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {ServletRequest.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default ->
                        throw new AssertionError("the capture should not need " + method.getName());
                  });

  private static HttpServletResponse response(String charset) {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            CapturedResponseTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getCharacterEncoding" -> charset;
                  default ->
                      throw new AssertionError("the capture should not need " + method.getName());
                });
  }

  @Test
  void aPageWrittenInUtf8IsReadAfterFacesClosedTheWriter() {
    CapturedResponse captured = new CapturedResponse(request, response("UTF-8"));
    PrintWriter writer = captured.getWriter();
    writer.write("<p>Café – ");
    writer.print(42);
    writer.close();
    assertArrayEquals(
        "<p>Café – 42".getBytes(StandardCharsets.UTF_8), captured.body(), "closed, not lost");
    assertSame(
        writer, captured.getWriter(), "one writer per response, whatever Faces asks for it later");
    assertEquals(
        Utf8Body.class, attributes.get(Utf8Body.ATTRIBUTE).getClass(), "announced to kept markup");
  }

  @Test
  void aPageInAnotherCharsetOrWrittenAsBytesIsCapturedToo() throws IOException {
    CapturedResponse latin = new CapturedResponse(request, response("ISO-8859-1"));
    latin.getWriter().write("Café");
    assertArrayEquals("Café".getBytes(StandardCharsets.ISO_8859_1), latin.body());

    CapturedResponse bytes = new CapturedResponse(request, response("UTF-8"));
    bytes.getOutputStream().write(new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, bytes.body());

    assertArrayEquals(new byte[0], new CapturedResponse(request, response("UTF-8")).body());
  }
}

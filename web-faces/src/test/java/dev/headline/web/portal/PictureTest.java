package dev.headline.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PictureTest {

  private static final Picture PICTURE =
      new Picture(
          "/media/p.jpg",
          "/media/p-300.jpg 300w, /media/p-600.jpg 600w",
          600,
          400,
          "A picture",
          null,
          "/media/p-300.jpg");

  @Test
  void everySourceOfTheSrcsetGoesUnderTheContextPath() {
    assertEquals(
        "/headline/media/p-300.jpg 300w, /headline/media/p-600.jpg 600w",
        PICTURE.srcsetUnder("/headline"));
  }

  @Test
  void atTheServersRootTheSrcsetIsUnchanged() {
    assertEquals(PICTURE.srcset(), PICTURE.srcsetUnder(""));
    assertEquals(
        "",
        new Picture("/media/q.jpg", "", 100, 50, "", null, "/media/q.jpg")
            .srcsetUnder("/headline"));
  }
}

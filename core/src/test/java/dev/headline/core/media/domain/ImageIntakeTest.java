package dev.headline.core.media.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Real images made here, taken in as an upload would be. */
class ImageIntakeTest {

  private static final long MB = 1 << 20;

  private final ImageIntake intake = new ImageIntake(10 * MB, 40_000_000);

  @Test
  void aPngKeepsItsFormatAndGetsEveryVariantAtItsWidth() throws IOException {
    PreparedImage image = intake.prepare(png(1600, 900), "Harbour at Dawn.PNG");

    assertTrue(image.fileName().matches("harbour-at-dawn-[0-9a-f]{10}\\.png"), image.fileName());
    assertEquals("image/png", image.mimeType());
    assertEquals(1600, image.width());
    assertEquals(900, image.height());
    assertEquals(List.of(300, 768, 1200), List.copyOf(image.variants().keySet()));
    for (Map.Entry<Integer, byte[]> variant : image.variants().entrySet()) {
      BufferedImage decoded = read(variant.getValue());
      assertEquals(variant.getKey(), decoded.getWidth());
      assertEquals(Math.round(variant.getKey() * 900 / 1600.0), decoded.getHeight(), 1);
    }
    assertEquals(1600, read(image.original()).getWidth());
    String base = image.fileName().substring(0, image.fileName().length() - 4);
    assertEquals(base + "-768w.png", image.variantNames().get(768));
  }

  @Test
  void gpsAndOtherExifAreGoneAndTheCamerasRotationIsAppliedToThePixels() throws Exception {
    byte[] upload = withExif(jpeg(400, 200), 6);
    Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
    GpsDirectory gps = before.getFirstDirectoryOfType(GpsDirectory.class);
    assertNotNull(gps, "the test image carries a GPS block");
    assertEquals(51.5, gps.getGeoLocation().getLatitude(), 0.001);

    PreparedImage image = intake.prepare(upload, "IMG_0042.jpg");

    assertEquals("image/jpeg", image.mimeType());
    assertTrue(image.fileName().endsWith(".jpg"));
    assertEquals(200, image.width(), "turned upright: the camera said 90 degrees clockwise");
    assertEquals(400, image.height());
    assertEquals(List.of(), List.copyOf(image.variants().keySet()), "none wider than 200");
    Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image.original()));
    assertNull(after.getFirstDirectoryOfType(GpsDirectory.class));
    assertNull(after.getFirstDirectoryOfType(ExifIFD0Directory.class));

    PreparedImage large = intake.prepare(withExif(jpeg(1300, 800), 1), "big.jpeg");
    assertEquals(List.of(300, 768, 1200), List.copyOf(large.variants().keySet()));
    for (byte[] bytes : large.variants().values()) {
      Metadata variant = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
      assertNull(variant.getFirstDirectoryOfType(GpsDirectory.class));
    }
    assertNull(
        ImageMetadataReader.readMetadata(new ByteArrayInputStream(large.original()))
            .getFirstDirectoryOfType(GpsDirectory.class));
  }

  @Test
  void whatAFileIsComesFromItsBytesNotItsName() throws IOException {
    PreparedImage disguised = intake.prepare(png(320, 200), "photo.jpg");
    assertEquals("image/png", disguised.mimeType());
    assertTrue(disguised.fileName().matches("photo-[0-9a-f]{10}\\.png"), disguised.fileName());
    assertEquals(List.of(300), List.copyOf(disguised.variants().keySet()));

    byte[] text = "Not a picture, just words.\n".repeat(40).getBytes(StandardCharsets.UTF_8);
    MediaRefused refused = assertThrows(MediaRefused.class, () -> intake.prepare(text, "x.jpg"));
    assertEquals(MediaRefused.Reason.NOT_AN_IMAGE, refused.reason());

    byte[] truncated = java.util.Arrays.copyOf(jpeg(600, 400), 300);
    assertEquals(
        MediaRefused.Reason.NOT_AN_IMAGE,
        assertThrows(MediaRefused.class, () -> intake.prepare(truncated, "cut.jpg")).reason());
    assertEquals(
        MediaRefused.Reason.EMPTY,
        assertThrows(MediaRefused.class, () -> intake.prepare(new byte[0], "none.png")).reason());
  }

  @Test
  void tooManyBytesOrTooManyPixelsAreRefusedBeforeDecoding() throws IOException {
    byte[] photo = jpeg(800, 600);
    ImageIntake small = new ImageIntake(photo.length - 1, 40_000_000);
    MediaRefused tooLarge = assertThrows(MediaRefused.class, () -> small.prepare(photo, "a.jpg"));
    assertEquals(MediaRefused.Reason.TOO_LARGE, tooLarge.reason());
    assertNotNull(new ImageIntake(photo.length, 40_000_000).prepare(photo, "a.jpg"));

    ImageIntake fewPixels = new ImageIntake(10 * MB, 800 * 600 - 1);
    assertEquals(
        MediaRefused.Reason.TOO_MANY_PIXELS,
        assertThrows(MediaRefused.class, () -> fewPixels.prepare(photo, "a.jpg")).reason());

    // A header that promises 50000 x 50000 pixels in a few dozen bytes: never decoded.
    byte[] bomb = pngHeaderOnly(50_000, 50_000);
    assertTrue(bomb.length < 100);
    assertEquals(
        MediaRefused.Reason.TOO_MANY_PIXELS,
        assertThrows(MediaRefused.class, () -> intake.prepare(bomb, "bomb.png")).reason());
  }

  @Test
  void theSameFileGetsTheSameNameAndNamesAreSafe() throws IOException {
    byte[] bytes = png(310, 100);
    assertEquals(
        intake.prepare(bytes, "a.png").fileName(), intake.prepare(bytes, "a.png").fileName());
    assertFalse(
        intake
            .prepare(png(311, 100), "a.png")
            .fileName()
            .equals(intake.prepare(bytes, "a.png").fileName()));
    assertEquals("image", ImageIntake.baseName("../../%%%.png"));
    assertEquals("cafe-deja-vu", ImageIntake.baseName("C:\\photos\\Café <déjà> vu.jpeg"));
    assertEquals("image", ImageIntake.baseName(null));
  }

  private static BufferedImage read(byte[] bytes) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }

  private static BufferedImage picture(int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x0b3d91));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0xf2c14e));
    g.fillOval(width / 4, height / 4, width / 3, height / 3);
    g.dispose();
    return image;
  }

  private static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
    return out.toByteArray();
  }

  private static byte[] jpeg(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
    return out.toByteArray();
  }

  /**
   * The JPEG with an APP1 EXIF segment after its JFIF header, as a phone writes it: IFD0 with an
   * orientation and a pointer to a GPS IFD that holds 51° 30' N, 0° 7' 30'' W.
   */
  private static byte[] withExif(byte[] jpeg, int orientation) throws IOException {
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    DataOutputStream t = new DataOutputStream(tiff);
    t.writeBytes("MM");
    t.writeShort(42);
    t.writeInt(8);
    // IFD0 at 8: two entries, then the offset of the next IFD (none).
    t.writeShort(2);
    entry(t, 0x0112, 3, 1, orientation << 16);
    entry(t, 0x8825, 4, 1, 38);
    t.writeInt(0);
    // GPS IFD at 38: references and three rationals each for latitude (at 92) and longitude.
    t.writeShort(4);
    entry(t, 0x0001, 2, 2, 'N' << 24);
    entry(t, 0x0002, 5, 3, 92);
    entry(t, 0x0003, 2, 2, 'W' << 24);
    entry(t, 0x0004, 5, 3, 116);
    t.writeInt(0);
    int[][] position = {{51, 1}, {30, 1}, {0, 1}, {0, 1}, {7, 1}, {30, 1}};
    for (int[] rational : position) {
      t.writeInt(rational[0]);
      t.writeInt(rational[1]);
    }
    byte[] exif = tiff.toByteArray();
    byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    int segment = 2 + header.length + exif.length;

    int afterApp0 = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
    assertEquals((byte) 0xE0, jpeg[3], "ImageIO writes a JFIF APP0 first");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, afterApp0);
    out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (segment >> 8), (byte) segment});
    out.write(header);
    out.write(exif);
    out.write(jpeg, afterApp0, jpeg.length - afterApp0);
    return out.toByteArray();
  }

  private static void entry(DataOutputStream t, int tag, int type, int count, int value)
      throws IOException {
    t.writeShort(tag);
    t.writeShort(type);
    t.writeInt(count);
    t.writeInt(value);
  }

  /** A PNG signature and an IHDR chunk that claim a size, and nothing else. */
  private static byte[] pngHeaderOnly(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(17);
    ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII));
    ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0);
    ihdr.put((byte) 0).put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(13);
    d.write(ihdr.array());
    d.writeInt((int) crc.getValue());
    return out.toByteArray();
  }
}

package dev.headline.web.demo;

import dev.headline.web.media.MediaFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Paints the demo site's pictures: abstract landscapes (sky, hills, a sun) in a palette per image,
 * drawn at every variant width so that {@code srcset} has real files to offer. Generated, never
 * downloaded, so a fresh machine needs no network.
 */
final class DemoImages {

  static final int WIDTH = 1200;
  static final int HEIGHT = 675;

  private static final Color[][] PALETTES = {
    {new Color(0x0b3d91), new Color(0x87b5e5), new Color(0x23395d), new Color(0xf2c14e)},
    {new Color(0x5b2a86), new Color(0xf4a261), new Color(0x2a1e5c), new Color(0xffe8a3)},
    {new Color(0x0f5257), new Color(0x9ad1d4), new Color(0x0b3c49), new Color(0xfffbbd)},
    {new Color(0x7a1f1f), new Color(0xf6bd60), new Color(0x3d1308), new Color(0xfff1d0)},
    {new Color(0x264653), new Color(0xe9c46a), new Color(0x1d3557), new Color(0xf1faee)},
    {new Color(0x3a5a40), new Color(0xa3b18a), new Color(0x344e41), new Color(0xdad7cd)},
  };

  private DemoImages() {}

  /**
   * Paints image number {@code n} into {@code folder} at full size and at every variant width.
   *
   * @return the file name of the full-size image
   */
  static String paint(Path folder, int n) {
    String name = "demo-" + n + ".jpg";
    try {
      Files.createDirectories(folder);
      write(folder.resolve(name), n, WIDTH);
      for (int width : MediaFiles.VARIANT_WIDTHS) {
        write(folder.resolve(MediaFiles.variantName(name, width)), n, width);
      }
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, int n, int width) throws IOException {
    int height = width * HEIGHT / WIDTH;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.scale(width / (double) WIDTH, height / (double) HEIGHT);
      draw(g, n);
    } finally {
      g.dispose();
    }
    ImageIO.write(image, "jpg", file.toFile());
  }

  private static void draw(Graphics2D g, int n) {
    Random random = new Random(n * 7919L);
    Color[] palette = PALETTES[n % PALETTES.length];
    g.setPaint(new GradientPaint(0, 0, palette[0], 0, HEIGHT, palette[1]));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(palette[3]);
    double sun = 80 + random.nextInt(80);
    g.fill(new Ellipse2D.Double(150 + random.nextInt(800), 60 + random.nextInt(160), sun, sun));
    for (int layer = 0; layer < 3; layer++) {
      Path2D.Double hills = new Path2D.Double();
      double base = HEIGHT * (0.55 + layer * 0.13);
      hills.moveTo(0, HEIGHT);
      for (int x = 0; x <= WIDTH; x += 40) {
        hills.lineTo(x, base - Math.sin(x / (90.0 + layer * 40) + n) * (40 + random.nextInt(30)));
      }
      hills.lineTo(WIDTH, HEIGHT);
      hills.closePath();
      Color shade = palette[2];
      g.setColor(new Color(shade.getRed(), shade.getGreen(), shade.getBlue(), 120 + layer * 45));
      g.fill(hills);
    }
    g.setStroke(new BasicStroke(3f));
    g.setColor(new Color(255, 255, 255, 90));
    for (int i = 0; i < 4; i++) {
      int y = 120 + random.nextInt(200);
      int x = random.nextInt(WIDTH - 200);
      g.drawLine(x, y, x + 60 + random.nextInt(140), y + random.nextInt(10) - 5);
    }
  }
}

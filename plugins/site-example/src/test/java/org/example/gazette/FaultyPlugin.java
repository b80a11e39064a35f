package org.example.gazette;

import dev.headline.core.spi.ArticleEnricher;
import dev.headline.core.spi.SectionContributor;
import dev.headline.core.spi.Widget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A plugin that fails on purpose: the site must render without it and count the failures. */
final class FaultyPlugin {

  private FaultyPlugin() {}

  /** A widget whose model always throws. */
  @ApplicationScoped
  public static class FaultyWidget implements Widget {

    @Override
    public String id() {
      return "faulty";
    }

    @Override
    public Slot slot() {
      return Slot.SIDEBAR;
    }

    @Override
    public int order() {
      return 1;
    }

    @Override
    public String fragment() {
      return "/WEB-INF/gazette/notice.xhtml";
    }

    @Override
    public Object model(Context page) {
      throw new IllegalStateException("this widget fails on purpose");
    }
  }

  /** A widget whose model fails only while the page renders it. */
  @ApplicationScoped
  public static class RenderFailingWidget implements Widget {

    @Override
    public String id() {
      return "render-failing";
    }

    @Override
    public Slot slot() {
      return Slot.SIDEBAR;
    }

    @Override
    public int order() {
      return 2;
    }

    @Override
    public String fragment() {
      return "/WEB-INF/gazette/notice.xhtml";
    }

    @Override
    public Object model(Context page) {
      return new Object() {
        @Override
        public String toString() {
          throw new IllegalStateException("this model fails on purpose while rendering");
        }
      };
    }
  }

  /** A widget whose fragment does not exist. */
  @ApplicationScoped
  public static class MissingFragmentWidget implements Widget {

    @Override
    public String id() {
      return "missing-fragment";
    }

    @Override
    public Slot slot() {
      return Slot.HOME;
    }

    @Override
    public int order() {
      return 1;
    }

    @Override
    public String fragment() {
      return "/faulty/no-such-fragment.xhtml";
    }

    @Override
    public Object model(Context page) {
      return "anything";
    }
  }

  /** An article enricher that throws. */
  @ApplicationScoped
  public static class FaultyEnricher implements ArticleEnricher {

    @Override
    public String id() {
      return "faulty-enricher";
    }

    @Override
    public List<Label> labels(Article article) {
      throw new IllegalStateException("this enricher fails on purpose");
    }
  }

  /** A section contributor that throws. */
  @ApplicationScoped
  public static class FaultySections implements SectionContributor {

    @Override
    public String id() {
      return "faulty";
    }

    @Override
    public List<Seed> sections() {
      throw new IllegalStateException("this contributor fails on purpose");
    }
  }
}

package dev.headline.web.newsroom;

import java.util.List;

/** A static page breaks a rule ({@link PageDraft#problems}): nothing was stored. */
public class PageRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<PageDraft.Problem> problems;

  public PageRefused(List<PageDraft.Problem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<PageDraft.Problem> problems() {
    return problems;
  }
}

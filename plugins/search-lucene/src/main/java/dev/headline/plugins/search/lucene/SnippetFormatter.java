package dev.headline.plugins.search.lucene;

import dev.headline.core.spi.SearchHit.Fragment;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link Fragment}s of plain text: the article's characters
 * stay data, never markup, and the view decides how a match looks. A passage longer than {@code
 * maxChars} is cut at a word boundary after its first match can be seen.
 */
final class SnippetFormatter extends PassageFormatter {

  private static final String ELLIPSIS = "…";

  private final int maxChars;

  SnippetFormatter(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public List<Fragment> format(Passage[] passages, String content) {
    List<Fragment> out = new ArrayList<>();
    int budget = maxChars;
    for (Passage passage : passages) {
      if (budget <= 0) {
        break;
      }
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      if (passage.getNumMatches() > 0 && passage.getMatchStarts()[0] - start > maxChars / 2) {
        // The first match is deep in a long sentence: start a little before it.
        start = wordStart(content, passage.getMatchStarts()[0] - maxChars / 4, start);
        out.add(new Fragment(ELLIPSIS, false));
      }
      int position = start;
      for (int i = 0; i < passage.getNumMatches() && budget > 0; i++) {
        int matchStart = Math.max(passage.getMatchStarts()[i], position);
        int matchEnd = passage.getMatchEnds()[i];
        if (matchEnd <= position) {
          continue; // inside the previous match
        }
        int last = out.size() - 1;
        if (matchStart == position && last >= 0 && out.get(last).match()) {
          // Overlaps or touches the previous match (a phrase and its words): extend that one.
          String more = content.substring(matchStart, matchEnd);
          out.set(last, new Fragment(out.get(last).text() + more, true));
          budget -= more.length();
          position = matchEnd;
          continue;
        }
        budget = plain(out, content, position, matchStart, budget);
        if (budget > 0) {
          out.add(new Fragment(content.substring(matchStart, matchEnd), true));
          budget -= matchEnd - matchStart;
        }
        position = matchEnd;
      }
      if (budget > 0) {
        budget = plain(out, content, position, end, budget);
      }
      if (budget <= 0 || end < content.length()) {
        out.add(new Fragment(ELLIPSIS, false));
      }
    }
    return merged(out);
  }

  /** Joins matches separated only by white space ("central bank"), so a phrase is one mark. */
  private static List<Fragment> merged(List<Fragment> fragments) {
    List<Fragment> out = new ArrayList<>();
    for (int i = 0; i < fragments.size(); i++) {
      Fragment next = fragments.get(i);
      int last = out.size() - 1;
      if (next.match()
          && last >= 1
          && out.get(last - 1).match()
          && !out.get(last).match()
          && out.get(last).text().isBlank()) {
        String joined = out.get(last - 1).text() + out.get(last).text() + next.text();
        out.remove(last);
        out.set(last - 1, new Fragment(joined, true));
      } else {
        out.add(next);
      }
    }
    return List.copyOf(out);
  }

  /** Adds unmatched text, cut at a word boundary when over budget; returns the budget left. */
  private static int plain(List<Fragment> out, String content, int from, int to, int budget) {
    if (to <= from) {
      return budget;
    }
    if (to - from > budget) {
      int cut = from + budget;
      int space = content.lastIndexOf(' ', cut);
      to = space > from ? space : cut;
      if (Character.isLowSurrogate(content.charAt(to - 1 < from ? from : to - 1))
          && to - 1 > from) {
        to--; // keep surrogate pairs whole
      }
      out.add(new Fragment(content.substring(from, to), false));
      return 0;
    }
    out.add(new Fragment(content.substring(from, to), false));
    return budget - (to - from);
  }

  private static int wordStart(String content, int near, int floor) {
    int at = Math.max(near, floor);
    int space = content.indexOf(' ', at);
    return space < 0 ? at : space + 1;
  }
}

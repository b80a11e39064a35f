package dev.headline.web.newsroom;

import dev.headline.engagement.comments.api.CommentStatus;
import dev.headline.engagement.comments.api.ModeratedComment;
import dev.headline.engagement.comments.api.ModerationAction;
import dev.headline.engagement.comments.api.QueuePage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comment queue ({@code /newsroom/comments?tab=pending&page=2}): one tab per status, actions
 * per comment and in bulk on the ticked ones. Editors and admins only (checked by {@link
 * NewsroomDesk}).
 */
@Named
@ViewScoped
public class ModerationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 30;

  @Inject NewsroomDesk desk;

  private CommentStatus tab;
  private int page;
  private List<ModeratedComment> comments;
  private long total;
  private Map<CommentStatus, Long> counts;
  private final Map<Long, Boolean> selected = new HashMap<>();

  @PostConstruct
  void load() {
    String wanted = Notices.param("tab");
    tab =
        Arrays.stream(CommentStatus.values())
            .filter(s -> s.name().equalsIgnoreCase(wanted))
            .findFirst()
            .orElse(CommentStatus.PENDING);
    page = Notices.positive("page", 1);
    refresh();
  }

  private void refresh() {
    QueuePage queue = desk.comments(tab, page, PAGE_SIZE);
    comments = new ArrayList<>(queue.comments());
    total = queue.total();
    counts = new HashMap<>(desk.commentCounts());
    selected.clear();
  }

  /** One action on one comment. */
  public void act(long id, String action) {
    done(desk.moderate(ModerationAction.valueOf(action), List.of(id)));
  }

  /** One action on every ticked comment. */
  public void bulk(String action) {
    List<Long> ids =
        selected.entrySet().stream()
            .filter(e -> Boolean.TRUE.equals(e.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    if (ids.isEmpty()) {
      Notices.error(null, "newsroomNothingTicked");
      return;
    }
    done(desk.moderate(ModerationAction.valueOf(action), ids));
  }

  private void done(int changed) {
    refresh();
    Notices.info("newsroomModerated", changed);
  }

  public List<CommentStatus> getTabs() {
    return List.of(CommentStatus.values());
  }

  public CommentStatus getTab() {
    return tab;
  }

  public long count(CommentStatus status) {
    return counts.getOrDefault(status, 0L);
  }

  public List<ModeratedComment> getComments() {
    return comments;
  }

  public Map<Long, Boolean> getSelected() {
    return selected;
  }

  public int getPage() {
    return page;
  }

  public int getPages() {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }
}

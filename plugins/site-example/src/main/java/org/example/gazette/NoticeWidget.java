package org.example.gazette;

import dev.headline.core.spi.Widget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The example site's own widget: a short notice from the newsroom at the top of the sidebar (an
 * election night, a service change), set with the configuration key {@code gazette.notice} and left
 * out when the key is empty.
 */
@ApplicationScoped
public class NoticeWidget implements Widget {

  @Inject
  @ConfigProperty(name = "gazette.notice")
  Optional<String> notice;

  @Override
  public String id() {
    return "gazette-notice";
  }

  @Override
  public Slot slot() {
    return Slot.SIDEBAR;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String fragment() {
    return "/WEB-INF/gazette/notice.xhtml";
  }

  @Override
  public Object model(Context page) {
    return notice.map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
  }
}

package dev.headline.web.widgets;

import dev.headline.web.portal.CachedFragment;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * {@code <hl:isolated widget="id">}: renders its children into a buffer and writes the buffer out
 * only when they rendered without an exception. A widget whose fragment fails while rendering (a
 * broken expression, a model that throws from a getter) is left out and counted by {@link
 * PluginFailures}; the rest of the page renders as usual.
 */
@FacesComponent("headline.IsolatedWidget")
public class IsolatedWidget extends UIComponentBase {

  @Override
  public String getFamily() {
    return "headline";
  }

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  @Override
  public void encodeChildren(FacesContext context) throws IOException {
    if (keptOnly()) {
      // Kept markup is written as it is, which cannot fail: no need to buffer it first.
      for (UIComponent child : getChildren()) {
        child.encodeAll(context);
      }
      return;
    }
    String markup;
    try {
      markup = CachedFragment.rendered(context, this);
    } catch (RuntimeException e) {
      String id = String.valueOf(getAttributes().get("widget"));
      CDI.current().select(PluginFailures.class).get().failed(id, "failed while rendering", e);
      return;
    }
    context.getResponseWriter().write(markup);
  }

  private boolean keptOnly() {
    if (getChildCount() == 0) {
      return false;
    }
    for (UIComponent child : getChildren()) {
      if (!(child instanceof CachedFragment fragment && fragment.isKept())) {
        return false;
      }
    }
    return true;
  }
}

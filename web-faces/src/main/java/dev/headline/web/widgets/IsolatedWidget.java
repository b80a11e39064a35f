package dev.headline.web.widgets;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;

/**
 * {@code <hl:isolated widget="id">}: renders its children into a buffer and writes the buffer out
 * only when they rendered without an exception. A widget whose fragment fails while rendering (a
 * broken expression, a model that throws from a getter) is left out and counted by {@link
 * PluginFailures}; the rest of the page renders as usual.
 */
@FacesComponent(
    value = "headline.IsolatedWidget",
    createTag = true,
    tagName = "isolated",
    namespace = "https://headline.dev/faces")
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
    ResponseWriter page = context.getResponseWriter();
    StringWriter buffer = new StringWriter();
    context.setResponseWriter(page.cloneWithWriter(buffer));
    boolean rendered = false;
    try {
      for (UIComponent child : getChildren()) {
        child.encodeAll(context);
      }
      rendered = true;
    } catch (RuntimeException e) {
      String id = String.valueOf(getAttributes().get("widget"));
      CDI.current().select(PluginFailures.class).get().failed(id, "failed while rendering", e);
    } finally {
      context.setResponseWriter(page);
    }
    if (rendered) {
      page.write(buffer.toString());
    }
  }
}

package dev.headline.web.portal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;

/**
 * {@code <hl:cached key="...">}: the markup of its children, rendered once and kept in the {@link
 * Fragments} until the site's structure changes. For the parts of every page that depend on nothing
 * but the taxonomy and the site's settings (the menus, the footer): on a page rendered without the
 * page cache, they were a third of the work, re-evaluated for every request. The key must name
 * everything else the children read (for example the context path).
 */
@FacesComponent(
    value = "headline.CachedFragment",
    createTag = true,
    tagName = "cached",
    namespace = "https://headline.dev/faces")
public class CachedFragment extends UIComponentBase {

  private static volatile Fragments fragments;

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
    Fragments store = store();
    String key = String.valueOf(getAttributes().get("key"));
    String markup = store.get(key);
    ResponseWriter page = context.getResponseWriter();
    if (markup == null) {
      long generation = store.generation();
      StringWriter buffer = new StringWriter();
      context.setResponseWriter(page.cloneWithWriter(buffer));
      try {
        for (UIComponent child : getChildren()) {
          child.encodeAll(context);
        }
      } finally {
        context.setResponseWriter(page);
      }
      markup = buffer.toString();
      store.put(key, markup, generation);
    }
    page.write(markup);
  }

  private static Fragments store() {
    Fragments known = fragments;
    if (known == null) {
      known = CDI.current().select(Fragments.class).get();
      fragments = known;
    }
    return known;
  }
}

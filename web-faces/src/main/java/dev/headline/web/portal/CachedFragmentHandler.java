package dev.headline.web.portal;

import dev.headline.web.site.Origin;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;

/**
 * Builds {@code <hl:cached>}: evaluates the key and the lifetime while the view is built and, when
 * the {@link Fragments} hold the markup, leaves the children out of the tree altogether. Building
 * them (components, attribute maps, {@code ui:include}s) costs as much as rendering them.
 */
public class CachedFragmentHandler extends ComponentHandler {

  private static final String PREFIX = CachedFragmentHandler.class.getName() + ".prefix";

  private final TagAttribute key;
  private final TagAttribute seconds;
  private final TagAttribute keep;
  private final TagAttribute terms;

  /** {@code subject="true"}: the key also names the page's subject (a literal, read once). */
  private final boolean bySubject;

  public CachedFragmentHandler(ComponentConfig config) {
    super(config);
    this.terms = getAttribute("terms");
    this.key = terms == null ? getRequiredAttribute("key") : getAttribute("key");
    this.seconds = getAttribute("seconds");
    this.keep = getAttribute("keep");
    TagAttribute subject = getAttribute("subject");
    if (subject != null && !subject.isLiteral()) {
      throw new TagException(tag, "subject is true or false, not an expression");
    }
    this.bySubject = subject != null && Boolean.parseBoolean(subject.getValue());
    if (terms != null && (key != null || seconds != null || keep != null || subject != null)) {
      throw new TagException(tag, "terms gives the key, the lifetime and whether to keep: no more");
    }
  }

  @Override
  public void applyNextHandler(FaceletContext ctx, UIComponent component) throws IOException {
    if (component instanceof CachedFragment fragment) {
      String prefix = prefix(ctx.getFacesContext());
      // One evaluation for all three, when the terms come as one object (a placed widget).
      CachedFragment.Terms given =
          terms == null
              ? null
              : (CachedFragment.Terms) terms.getObject(ctx, CachedFragment.Terms.class);
      boolean kept =
          terms != null ? given != null && given.isKept() : keep == null || keep.getBoolean(ctx);
      // What the page shows, when the key names it: a page that names nothing keeps nothing here.
      String shown = bySubject && kept && prefix != null ? subject(ctx.getFacesContext()) : null;
      if (prefix == null || !kept || (bySubject && shown == null)) {
        fragment.bypass();
        super.applyNextHandler(ctx, component);
        return;
      }
      long lifetime =
          given != null
              ? given.getKeepSeconds()
              : seconds == null ? Fragments.LONGEST_SECONDS : seconds.getInt(ctx);
      String named = prefix + (given != null ? given.getKeepKey() : key.getValue(ctx));
      if (bySubject) {
        named = named + " " + shown;
      }
      if (fragment.lookUp(named, lifetime) && component.getChildCount() == 0) {
        return;
      }
    }
    super.applyNextHandler(ctx, component);
  }

  /**
   * The name of the page's subject ({@link CachedFragment#SUBJECT}), or {@code null} when the page
   * names none (or names it for another view than the one being built).
   */
  private static String subject(FacesContext faces) {
    return faces.getExternalContext().getRequestMap().get(CachedFragment.SUBJECT)
                instanceof CachedFragment.Subject shown
            && shown.viewId().equals(faces.getViewRoot().getViewId())
        ? shown.name()
        : null;
  }

  /**
   * What every key starts with: the origin the page's absolute links are built from (so that a
   * forged {@code Host} header never reaches another host's readers, as with the page cache's keys)
   * and the view's locale. Worked out once per request; {@code null} when the request says that
   * nothing may be kept ({@link CachedFragment#NOTHING_KEPT}).
   */
  private static String prefix(FacesContext context) {
    Map<String, Object> attributes = context.getExternalContext().getRequestMap();
    if (attributes.get(PREFIX) instanceof String known) {
      return known;
    }
    if (attributes.containsKey(CachedFragment.NOTHING_KEPT)) {
      return null;
    }
    String prefix =
        Origin.of((HttpServletRequest) context.getExternalContext().getRequest())
            + " "
            + context.getViewRoot().getLocale()
            + " ";
    attributes.put(PREFIX, prefix);
    return prefix;
  }
}

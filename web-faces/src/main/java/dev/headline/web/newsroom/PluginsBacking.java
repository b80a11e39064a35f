package dev.headline.web.newsroom;

import dev.headline.core.audit.domain.AuditEntry;
import dev.headline.core.audit.domain.AuditLog;
import dev.headline.core.content.domain.EditorialPolicy;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.core.spi.Widget;
import dev.headline.web.plugins.InstalledPlugins;
import dev.headline.web.plugins.WidgetRules;
import dev.headline.web.plugins.WidgetSettings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The admin's plugins screen ({@code /newsroom/plugins}): what each installed jar contributes, and
 * for each widget where it shows: on or off for the whole site, on or off for a section's subtree
 * (the nearest section's setting wins), and its place in its slot. Changes take effect on the next
 * page, without a redeploy, and are written to the audit log. Admins only.
 */
@Named
@ViewScoped
public class PluginsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NewsroomDesk desk;
  @Inject transient InstalledPlugins installed;
  @Inject transient WidgetSettings settings;
  @Inject transient Taxonomy taxonomy;
  @Inject transient AuditLog audit;

  private List<InstalledPlugins.Plugin> plugins;
  private List<Row> widgets;
  private String sectionPath;
  private String widgetId;
  private boolean sectionEnabled;

  /**
   * A widget as the screen lists it.
   *
   * @param position its place in its slot (the admin's, else its own)
   * @param site whether it shows on the site as a whole
   * @param sections its section settings: path and on/off
   */
  public record Row(
      String id,
      String plugin,
      String slot,
      int position,
      boolean site,
      List<SectionSetting> sections) {}

  /** A widget's setting for one section's subtree. */
  public record SectionSetting(String path, boolean enabled) {}

  @PostConstruct
  void load() {
    refuseUnlessAdmin();
    refresh();
  }

  private void refresh() {
    plugins = installed.list();
    WidgetRules rules = settings.rules();
    List<Row> rows = new ArrayList<>();
    for (InstalledPlugins.Plugin plugin : plugins) {
      for (Widget widget : plugin.widgets()) {
        Map<String, Boolean> own = rules.enabled().getOrDefault(widget.id(), Map.of());
        rows.add(
            new Row(
                widget.id(),
                plugin.name(),
                widget.slot().name(),
                rules.position(widget.id(), widget.order()),
                rules.shows(widget.id(), null),
                own.entrySet().stream()
                    .filter(e -> !e.getKey().isEmpty())
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> new SectionSetting(e.getKey(), e.getValue()))
                    .toList()));
      }
    }
    rows.sort(
        Comparator.comparing(Row::slot).thenComparingInt(Row::position).thenComparing(Row::id));
    widgets = rows;
  }

  /** Switches a widget on or off for the whole site. */
  public void toggle(String id) {
    refuseUnlessAdmin();
    boolean on = !settings.rules().shows(id, null);
    settings.setEnabled(id, "", on);
    record("WIDGET_" + (on ? "ON" : "OFF"), id, "whole site");
    refresh();
    Notices.info("newsroomWidgetSaved");
  }

  /** Moves a widget up (negative) or down (positive) in its slot. */
  public void move(String id, int delta) {
    refuseUnlessAdmin();
    Row row = widgets.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    if (row == null) {
      return;
    }
    int position = Math.max(0, row.position() + delta);
    settings.setPosition(id, position);
    record("WIDGET_POSITION", id, String.valueOf(position));
    refresh();
    Notices.info("newsroomWidgetSaved");
  }

  /** Applies the form's section setting: {@link #widgetId} on or off under {@link #sectionPath}. */
  public void saveSection() {
    refuseUnlessAdmin();
    boolean known = widgets.stream().anyMatch(r -> r.id().equals(widgetId));
    boolean section =
        sectionPath != null && taxonomy.all().stream().anyMatch(s -> s.path().equals(sectionPath));
    if (!known || !section) {
      Notices.error(null, "newsroomWidgetChooseBoth");
      return;
    }
    settings.setEnabled(widgetId, sectionPath, sectionEnabled);
    record("WIDGET_" + (sectionEnabled ? "ON" : "OFF"), widgetId, sectionPath);
    refresh();
    Notices.info("newsroomWidgetSaved");
  }

  /** Removes a widget's setting for a section: it follows the sections above again. */
  public void clearSection(String id, String path) {
    refuseUnlessAdmin();
    settings.clear(id, path);
    record("WIDGET_INHERIT", id, path);
    refresh();
    Notices.info("newsroomWidgetSaved");
  }

  private void record(String action, String widget, String detail) {
    audit.record(
        new AuditEntry(
            Instant.now(), desk.caller().username(), action, "widget " + widget, detail));
  }

  private void refuseUnlessAdmin() {
    if (!EditorialPolicy.mayAdminister(desk.caller().roles())) {
      throw new NotAllowed("plugins");
    }
  }

  public List<InstalledPlugins.Plugin> getPlugins() {
    return plugins;
  }

  public List<Row> getWidgets() {
    return widgets;
  }

  public List<Section> getSections() {
    return taxonomy.all();
  }

  public String getSectionPath() {
    return sectionPath;
  }

  public void setSectionPath(String sectionPath) {
    this.sectionPath = sectionPath;
  }

  public String getWidgetId() {
    return widgetId;
  }

  public void setWidgetId(String widgetId) {
    this.widgetId = widgetId;
  }

  public boolean isSectionEnabled() {
    return sectionEnabled;
  }

  public void setSectionEnabled(boolean sectionEnabled) {
    this.sectionEnabled = sectionEnabled;
  }
}

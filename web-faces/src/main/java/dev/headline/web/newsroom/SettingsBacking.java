package dev.headline.web.newsroom;

import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.taxonomy.tree.domain.TaxonomyException;
import dev.headline.web.site.Site;
import dev.headline.web.site.SiteIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's settings, for admins ({@code /newsroom/settings}): name, tagline, description and
 * social links (stored over configuration's values, which stay the defaults), and which top-level
 * sections each menu shows, in which order. Readers see a change on their next page. Every save is
 * checked and audited by {@link SiteDesk}.
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SiteDesk desk;
  @Inject transient Site site;
  @Inject transient Taxonomy taxonomy;

  private String name;
  private String tagline;
  private String description;
  private final Map<String, String> social = new LinkedHashMap<>();
  private List<Menu> menus;

  /** A menu as the form shows it: every top-level section, those in the menu first. */
  public static final class Menu implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final boolean arranged;
    private final List<MenuRow> rows;

    Menu(String name, boolean arranged, List<MenuRow> rows) {
      this.name = name;
      this.arranged = arranged;
      this.rows = rows;
    }

    public String getName() {
      return name;
    }

    /** Whether an admin arranged it (else it follows configuration). */
    public boolean isArranged() {
      return arranged;
    }

    public List<MenuRow> getRows() {
      return rows;
    }
  }

  /** A top-level section in a menu's form: ticked when shown, at a position. */
  public static final class MenuRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long sectionId;
    private final String label;
    private final String slug;
    private boolean shown;
    private Integer position;

    MenuRow(long sectionId, String label, String slug, boolean shown, Integer position) {
      this.sectionId = sectionId;
      this.label = label;
      this.slug = slug;
      this.shown = shown;
      this.position = position;
    }

    public long getSectionId() {
      return sectionId;
    }

    public String getLabel() {
      return label;
    }

    public String getSlug() {
      return slug;
    }

    public boolean isShown() {
      return shown;
    }

    public void setShown(boolean shown) {
      this.shown = shown;
    }

    public Integer getPosition() {
      return position;
    }

    public void setPosition(Integer position) {
      this.position = position;
    }
  }

  @PostConstruct
  void load() {
    desk.adminOrRefuse("site settings");
    loadIdentity();
    loadMenus();
  }

  private void loadIdentity() {
    name = site.getName();
    tagline = site.getTagline();
    description = site.getDescription();
    for (Site.Network network : Site.NETWORKS) {
      social.put(network.key(), site.socialUrl(network.key()).orElse(""));
    }
  }

  private void loadMenus() {
    List<Menu> loaded = new ArrayList<>();
    List<Section> roots = taxonomy.roots();
    for (String menu : desk.menuNames()) {
      List<MenuRow> rows = new ArrayList<>();
      Set<Long> shown = new HashSet<>();
      int position = 1;
      for (Section section : taxonomy.menu(menu)) {
        rows.add(new MenuRow(section.id(), section.name(), section.slug(), true, position++));
        shown.add(section.id());
      }
      for (Section section : roots) {
        if (!shown.contains(section.id())) {
          rows.add(new MenuRow(section.id(), section.name(), section.slug(), false, null));
        }
      }
      loaded.add(new Menu(menu, desk.menuArranged(menu), rows));
    }
    menus = loaded;
  }

  /** Stores the identity fields, or shows what is wrong with them. */
  public void saveIdentity() {
    List<SiteIdentity.Problem> problems =
        desk.saveIdentity(new SiteIdentity(name, tagline, description, social));
    if (problems.isEmpty()) {
      Notices.info("newsroomSiteSaved");
      return;
    }
    for (SiteIdentity.Problem problem : problems) {
      var network = Site.network(problem.field());
      if (network.isPresent()) {
        Notices.error(null, problem.key(), network.get().label());
      } else {
        Notices.error("site:" + problem.field(), problem.key());
      }
    }
  }

  /** Lets every identity field follow configuration again. */
  public void resetIdentity() {
    desk.resetIdentity();
    social.clear();
    loadIdentity();
    Notices.info("newsroomSiteReset");
  }

  /** Stores the ticked sections of one menu, ordered by their positions (then as listed). */
  public void saveMenu(String menuName) {
    Menu menu = menus.stream().filter(m -> m.getName().equals(menuName)).findFirst().orElse(null);
    if (menu == null) {
      Notices.error(null, "newsroomMenuUnknown");
      return;
    }
    List<MenuRow> ticked =
        new ArrayList<>(menu.getRows().stream().filter(MenuRow::isShown).toList());
    ticked.sort(
        Comparator.comparing(
            (MenuRow r) -> r.getPosition() == null ? Integer.MAX_VALUE : r.getPosition()));
    try {
      desk.arrangeMenu(menuName, ticked.stream().map(MenuRow::getSectionId).toList());
      Notices.info("newsroomMenuSaved", menuName);
      loadMenus();
    } catch (TaxonomyException e) {
      Notices.error(null, "newsroomMenuRefused", e.getMessage());
    }
  }

  /** Lets one menu follow configuration again. */
  public void resetMenu(String menuName) {
    if (menus.stream().noneMatch(m -> m.getName().equals(menuName))) {
      Notices.error(null, "newsroomMenuUnknown");
      return;
    }
    desk.followConfiguration(menuName);
    Notices.info("newsroomMenuReset", menuName);
    loadMenus();
  }

  public List<Site.Network> getNetworks() {
    return Site.NETWORKS;
  }

  public Map<String, String> getSocial() {
    return social;
  }

  public List<Menu> getMenus() {
    return menus;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTagline() {
    return tagline;
  }

  public void setTagline(String tagline) {
    this.tagline = tagline;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}

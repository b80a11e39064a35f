package dev.headline.web.newsroom;

import dev.headline.core.author.domain.Author;
import dev.headline.core.content.domain.Article;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The article editor's byline picker ({@code WEB-INF/includes/newsroom/bylines.xhtml}): the
 * article's authors in order, with an author list to add from, buttons to move one up or down or
 * take one off, and (for editors and admins) a field that adds a new author by name. The order is
 * the byline's; {@link EditBacking} stores {@link #choice()} with the article on save.
 */
@Named
@ViewScoped
public class BylineBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NewsroomMedia media;
  @Inject NewsroomDesk desk;

  private boolean mayEdit = true;
  private boolean mayCreate;
  private final List<Person> chosen = new ArrayList<>();
  private List<Person> everyone = List.of();
  private Long toAdd;
  private String newName;

  @PostConstruct
  void open() {
    mayCreate = media.mayCreateAuthor();
    String wanted = Notices.param("id");
    if (wanted != null && wanted.matches("[1-9][0-9]{0,17}")) {
      Article article = desk.open(Long.parseLong(wanted));
      mayEdit = desk.mayEdit(article);
      article.getAuthors().stream().map(Person::of).forEach(chosen::add);
    }
    everyone = media.authors().stream().map(Person::of).toList();
  }

  /**
   * The author ids in byline order, as the article's save stores them; an author still selected in
   * the list (the add button not pressed) joins the byline at the end.
   */
  public List<Long> choice() {
    add();
    return chosen.stream().map(Person::id).toList();
  }

  /** Adds the author chosen in the list at the end of the byline. */
  public void add() {
    if (!mayEdit || toAdd == null) {
      return;
    }
    everyone.stream()
        .filter(p -> p.id() == toAdd)
        .findFirst()
        .filter(p -> chosen.stream().noneMatch(c -> c.id() == p.id()))
        .ifPresent(chosen::add);
    toAdd = null;
  }

  /** Moves the author at {@code index} one place earlier. */
  public void up(int index) {
    if (mayEdit && index > 0 && index < chosen.size()) {
      chosen.add(index - 1, chosen.remove(index));
    }
  }

  /** Moves the author at {@code index} one place later. */
  public void down(int index) {
    if (mayEdit && index >= 0 && index < chosen.size() - 1) {
      chosen.add(index + 1, chosen.remove(index));
    }
  }

  /** Takes the author at {@code index} off the byline. */
  public void remove(int index) {
    if (mayEdit && index >= 0 && index < chosen.size()) {
      chosen.remove(index);
    }
  }

  /** Adds a new author by the name typed and puts them on this byline. */
  public void create() {
    if (!mayEdit) {
      return;
    }
    Author created;
    try {
      created = media.createAuthor(newName);
    } catch (IllegalArgumentException badName) {
      Notices.error("edit:author-new", "newsroomAuthorNameBad");
      return;
    }
    everyone = media.authors().stream().map(Person::of).toList();
    chosen.add(Person.of(created));
    newName = null;
    Notices.info("newsroomAuthorCreated", created.getName());
  }

  /** An author as the picker shows them. */
  public record Person(long id, String name) implements Serializable {
    static Person of(Author author) {
      return new Person(author.getId(), author.getName());
    }
  }

  public boolean isMayEdit() {
    return mayEdit;
  }

  public boolean isMayCreate() {
    return mayCreate;
  }

  /** The byline in order. */
  public List<Person> getChosen() {
    return chosen;
  }

  /** The authors not on the byline yet, by name. */
  public List<Person> getOthers() {
    return everyone.stream().filter(p -> chosen.stream().noneMatch(c -> c.id() == p.id())).toList();
  }

  public Long getToAdd() {
    return toAdd;
  }

  public void setToAdd(Long toAdd) {
    this.toAdd = toAdd;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }
}

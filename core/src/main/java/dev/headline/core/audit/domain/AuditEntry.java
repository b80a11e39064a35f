package dev.headline.core.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what to what, and when. Written once, never changed: the log
 * is the newsroom's memory of publishing, withdrawals, deletions and role changes.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @SequenceGenerator(name = "hl_seq", sequenceName = "hl_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hl_seq")
  private Long id;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(nullable = false)
  private String subject;

  private String detail;

  protected AuditEntry() {}

  /**
   * A new entry.
   *
   * @param at when it happened
   * @param actor the username that did it
   * @param action what was done, for example {@code PUBLISH}
   * @param subject what it was done to, for example {@code article 12 "Title"}
   * @param detail more about it, or {@code null}
   */
  public AuditEntry(Instant at, String actor, String action, String subject, String detail) {
    this.at = Objects.requireNonNull(at, "at");
    this.actor = cut(Objects.requireNonNull(actor, "actor"), 40);
    this.action = cut(Objects.requireNonNull(action, "action"), 30);
    this.subject = cut(Objects.requireNonNull(subject, "subject"), 300);
    this.detail = detail == null ? null : cut(detail, 500);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }
}

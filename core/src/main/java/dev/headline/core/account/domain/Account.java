package dev.headline.core.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who signs in: a reader, or staff with more {@link Role roles}. The same account serves
 * the portal and the newsroom.
 *
 * <p>Username and e-mail address are unique whatever their case: the lower-case keys carry the
 * unique constraints, the values as typed are what the person sees. The password is only ever held
 * as a PBKDF2 hash (see {@code Passwords}).
 */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @SequenceGenerator(name = "hl_seq", sequenceName = "hl_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hl_seq")
  private Long id;

  @Column(nullable = false)
  private String username;

  @Column(name = "username_key", nullable = false, unique = true)
  private String usernameKey;

  @Column(nullable = false)
  private String email;

  @Column(name = "email_key", nullable = false, unique = true)
  private String emailKey;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role_name", nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Account() {}

  /**
   * A new, enabled account.
   *
   * @param passwordHash the hash of the password, never the password itself
   */
  public Account(
      String username,
      String email,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      Instant createdAt) {
    this.username = username;
    this.usernameKey = key(username);
    this.email = email;
    this.emailKey = key(email);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.enabled = true;
    this.createdAt = createdAt;
  }

  /** The form of a username or address that uniqueness and look-ups compare. */
  public static String key(String usernameOrEmail) {
    return usernameOrEmail.trim().toLowerCase(Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  /** Replaces the password hash, for example after a reset. */
  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  /** The account's roles, a copy. */
  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /** Replaces the account's roles; {@link Role#READER} is always kept. */
  public void setRoles(Set<Role> newRoles) {
    EnumSet<Role> next = EnumSet.of(Role.READER);
    next.addAll(newRoles);
    roles.clear();
    roles.addAll(next);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

package dev.headline.core.audit.domain;

import java.util.List;

/** The audit log: entries are added, counted and read newest first; never changed. */
public interface AuditLog {

  /** Adds an entry in the caller's transaction (so it is kept only if the change is). */
  void record(AuditEntry entry);

  /** Entries newest first, from {@code offset}. */
  List<AuditEntry> newest(int offset, int limit);

  /** How many entries there are. */
  long count();
}

package dev.headline.core.account.application;

import dev.headline.core.account.domain.AccountProblem;
import java.util.EnumSet;
import java.util.Set;

/** A registration or a new password broke one or more rules; nothing was changed. */
public class AccountRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Set<AccountProblem> problems;

  public AccountRefused(Set<AccountProblem> problems) {
    super("Refused: " + problems);
    this.problems = EnumSet.copyOf(problems);
  }

  /** Every rule that was broken, never empty. */
  public Set<AccountProblem> problems() {
    return EnumSet.copyOf(problems);
  }
}

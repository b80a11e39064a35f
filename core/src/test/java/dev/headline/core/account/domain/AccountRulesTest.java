package dev.headline.core.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

  private static final String GOOD = "correct horse battery";

  @Test
  void aSensibleRegistrationPasses() {
    assertTrue(AccountRules.check("maria.k", "maria@example.org", "Maria K.", GOOD).isEmpty());
    assertTrue(AccountRules.check("m_2", "m+news@mail.example.co.uk", null, GOOD).isEmpty());
  }

  @Test
  void usernamesAreShortPlainAndStartWithALetterOrDigit() {
    for (String bad :
        new String[] {null, "", "ab", ".maria", "maria k", "<script>", "a".repeat(41)}) {
      assertEquals(
          Set.of(AccountProblem.USERNAME_FORMAT),
          AccountRules.check(bad, "m@example.org", "M", GOOD),
          String.valueOf(bad));
    }
    assertTrue(AccountRules.check("a".repeat(40), "m@example.org", "M", GOOD).isEmpty());
  }

  @Test
  void addressesNeedOneAtAndADottedDomain() {
    for (String bad :
        new String[] {
          null,
          "",
          "maria",
          "maria@",
          "@example.org",
          "maria@example",
          "a b@example.org",
          "maria@@example.org",
          "maria@-example.org",
          "x".repeat(250) + "@example.org"
        }) {
      assertEquals(
          Set.of(AccountProblem.EMAIL_FORMAT),
          AccountRules.check("maria", bad, "M", GOOD),
          String.valueOf(bad));
    }
  }

  @Test
  void passwordsHaveTenCharactersAndAreNotTheUsername() {
    assertEquals(
        Set.of(AccountProblem.PASSWORD_TOO_SHORT),
        AccountRules.checkPassword("maria", "123456789"));
    assertEquals(
        Set.of(AccountProblem.PASSWORD_TOO_SHORT), AccountRules.checkPassword("maria", null));
    assertTrue(AccountRules.checkPassword("maria", "1234567890").isEmpty());
    assertEquals(
        Set.of(AccountProblem.PASSWORD_IS_USERNAME),
        AccountRules.checkPassword("Maria.Kowalska", "maria.kowalska"));
    assertEquals(
        Set.of(AccountProblem.PASSWORD_TOO_LONG), AccountRules.checkPassword("m", "x".repeat(201)));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertEquals(
        EnumSet.of(
            AccountProblem.USERNAME_FORMAT,
            AccountProblem.EMAIL_FORMAT,
            AccountProblem.DISPLAY_NAME_FORMAT,
            AccountProblem.PASSWORD_TOO_SHORT),
        AccountRules.check("x", "y", "  ", "short"));
  }

  @Test
  void accountsKeepReaderAndCompareNamesWithoutCase() {
    Account account =
        new Account(
            "Maria", "Maria@Example.org", "Maria", "hash", EnumSet.of(Role.READER), Instant.EPOCH);
    account.setRoles(EnumSet.of(Role.EDITOR));
    assertEquals(EnumSet.of(Role.READER, Role.EDITOR), account.getRoles());
    assertEquals("maria@example.org", Account.key(" Maria@Example.ORG "));
  }
}

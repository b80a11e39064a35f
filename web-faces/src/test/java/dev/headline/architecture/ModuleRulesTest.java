package dev.headline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of DESIGN.md, checked on the compiled classes of every module that the WAR
 * packages: core imports no other module; taxonomy and engagement never import each other; nothing
 * imports the web module; plugins import core alone.
 */
class ModuleRulesTest {

  private static JavaClasses headline;

  @BeforeAll
  static void importClasses() {
    headline =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.headline");
  }

  @Test
  void coreImportsNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.headline.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.headline.taxonomy..",
            "dev.headline.engagement..",
            "dev.headline.web..",
            "dev.headline.plugins..")
        .check(headline);
  }

  @Test
  void taxonomyAndEngagementNeverImportEachOther() {
    noClasses()
        .that()
        .resideInAPackage("dev.headline.taxonomy..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.headline.engagement..", "dev.headline.web..", "dev.headline.plugins..")
        .allowEmptyShould(true)
        .check(headline);
    noClasses()
        .that()
        .resideInAPackage("dev.headline.engagement..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.headline.taxonomy..", "dev.headline.web..", "dev.headline.plugins..")
        .allowEmptyShould(true)
        .check(headline);
  }

  @Test
  void pluginsImportCoreAlone() {
    noClasses()
        .that()
        .resideInAPackage("dev.headline.plugins..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.headline.taxonomy..", "dev.headline.engagement..", "dev.headline.web..")
        .allowEmptyShould(true)
        .check(headline);
  }

  @Test
  void nothingOutsideTheWebModuleImportsIt() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.headline.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.headline.web..")
        .check(headline);
  }
}

package dev.samvad.sdk;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of ARCHITECTURE.md, checked over every Samvad module on the sdk's test
 * classpath (the sdk sees them all): {@code api} depends on nothing of ours; engines on {@code api}
 * and the engines the brief names; adapters (DeepSeek, the JDBC store) on {@code api} only; no
 * engine touches HTTP, JDBC or a logging backend. Rules over modules that are still empty pass
 * vacuously; the {@code api} and storage rules must see real classes.
 */
class ArchitectureTest {
  private static final String API = "dev.samvad.api..";
  private static final String CULTURE = "dev.samvad.culture..";
  private static final String RELATIONSHIP = "dev.samvad.relationship..";
  private static final String ORCHESTRATION = "dev.samvad.orchestration..";
  private static final String CONSTRAINT = "dev.samvad.constraint..";
  private static final String CHANNEL = "dev.samvad.channel..";
  private static final String DEEPSEEK = "dev.samvad.deepseek..";
  private static final String STORAGE = "dev.samvad.storage..";
  private static final String SDK = "dev.samvad.sdk..";
  private static final String[] ENGINES = {
    CULTURE, RELATIONSHIP, ORCHESTRATION, CONSTRAINT, CHANNEL
  };

  private static JavaClasses samvad;

  @BeforeAll
  static void importSamvad() {
    samvad =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.samvad");
  }

  /** Classes in {@code module} may use Samvad classes only from itself and {@code allowed}. */
  private static ArchRule samvadDependencies(String module, String... allowed) {
    String[] permitted =
        Stream.concat(Stream.of(module), Arrays.stream(allowed)).toArray(String[]::new);
    return classes()
        .that()
        .resideInAPackage(module)
        .should()
        .onlyDependOnClassesThat(
            or(resideOutsideOfPackage("dev.samvad.."), resideInAnyPackage(permitted)))
        .because("ARCHITECTURE.md fixes which modules " + module + " may use");
  }

  @Test
  void apiDependsOnNothingOfOurs() {
    long apiClasses =
        samvad.stream().filter(c -> c.getPackageName().startsWith("dev.samvad.api")).count();
    assertTrue(apiClasses > 20, "the api rule must check real classes, found " + apiClasses);
    samvadDependencies(API).allowEmptyShould(false).check(samvad);
  }

  @Test
  void theRulesCatchAViolation() {
    // api.model uses api's root package, so a rule allowing only api.model itself must fail.
    assertThrows(
        AssertionError.class, () -> samvadDependencies("dev.samvad.api.model..").check(samvad));
  }

  @Test
  void cultureAndConstraintDependOnApiOnly() {
    samvadDependencies(CULTURE, API).allowEmptyShould(true).check(samvad);
    samvadDependencies(CONSTRAINT, API).allowEmptyShould(true).check(samvad);
  }

  @Test
  void relationshipDependsOnApiAndCulture() {
    samvadDependencies(RELATIONSHIP, API, CULTURE).allowEmptyShould(true).check(samvad);
  }

  @Test
  void channelDependsOnApiOnly() {
    samvadDependencies(CHANNEL, API).allowEmptyShould(true).check(samvad);
  }

  @Test
  void orchestrationDependsOnApiCultureRelationshipAndChannel() {
    samvadDependencies(ORCHESTRATION, API, CULTURE, RELATIONSHIP, CHANNEL)
        .allowEmptyShould(true)
        .check(samvad);
  }

  @Test
  void deepseekAdapterDependsOnApiOnly() {
    samvadDependencies(DEEPSEEK, API).allowEmptyShould(true).check(samvad);
  }

  @Test
  void storageAdaptersDependOnApiOnly() {
    long storageClasses =
        samvad.stream().filter(c -> c.getPackageName().startsWith("dev.samvad.storage")).count();
    assertTrue(storageClasses > 5, "the JDBC store must be on the test classpath");
    samvadDependencies(STORAGE, API).allowEmptyShould(false).check(samvad);
  }

  @Test
  void nothingButTheSdkItselfUsesTheSdk() {
    noClasses()
        .that()
        .resideOutsideOfPackage(SDK)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(SDK)
        .allowEmptyShould(true)
        .check(samvad);
  }

  @Test
  void enginesUseNoHttpNoJdbcNoLoggingBackend() {
    noClasses()
        .that()
        .resideInAnyPackage(ENGINES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "okhttp3..",
            "okio..",
            "java.sql..",
            "javax.sql..",
            "ch.qos.logback..",
            "org.apache.logging.log4j..",
            "org.apache.log4j..",
            "org.slf4j.simple..",
            "java.util.logging..")
        .because("engines are pure and log through SLF4J only")
        .allowEmptyShould(true)
        .check(samvad);
  }
}

package uk.gov.education.placements.providerview;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "uk.gov.education.placements.providerview", importOptions = ImportOption.DoNotIncludeTests.class)
class ProviderViewArchitectureTest {

    private static final String ROOT = "uk.gov.education.placements.providerview";

    @ArchTest
    static final ArchRule restNeverTouchesTheDatabase = noClasses()
            .that().resideInAPackage(ROOT + ".rest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..");

    /** Readers, the history and the replay know nothing of HTTP or Kafka: only the listener and rest do. */
    @ArchTest
    static final ArchRule readersHistoryAndReplayKnowNothingOfHttpOrKafka = noClasses()
            .that().resideInAnyPackage(ROOT + ".query..", ROOT + ".history..", ROOT + ".projection.replay..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".rest..",
                    "org.springframework.web..", "org.springframework.kafka..", "org.apache.kafka..");

    /** The read side reads: nothing in it can write a read model or the history. */
    @ArchTest
    static final ArchRule readersNeverDependOnTheWriters = noClasses()
            .that().resideInAPackage(ROOT + ".query..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".projection..", ROOT + ".history..");

    /** Closed by default: a new controller that never asks ProviderViewAccess fails here, not in production. */
    @ArchTest
    static final ArchRule everyControllerAppliesTheAccessRules = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".rest.ProviderViewAccess");

    @ArchTest
    static final ArchRule theProjectionIsAPlainObject = classes()
            .that().haveSimpleName("ReadModelProjection")
            .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".projection", ROOT + ".query", "uk.gov.education.placements.events",
                    "java..");
}

package uk.gov.education.placements.placement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What the package layout promises, checked. Each rule fails if its {@code that()} matches no class. */
class ArchitectureTest {

    private static final String BASE = "uk.gov.education.placements.placement";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void theDomainKnowsNothingOfStorageWebOrMessaging() {
        noClasses().that().resideInAPackage(BASE + ".command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        BASE + ".query..", BASE + ".rest..",
                        "org.springframework..", "org.apache.kafka..", "java.sql..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void theWebLayerNeverTouchesTheEventStoreOrTheDatabaseDirectly() {
        noClasses().that().resideInAPackage(BASE + ".rest..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.axonframework.eventsourcing.eventstore..", "org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void readModelsDoNotDependOnTheirReaders() {
        noClasses().that().resideInAPackage(BASE + ".query..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".rest..")
                .check(CLASSES);
    }

    /** Kafka is service-support's consumer's business: projections take plain events, a batch at a time. */
    @Test
    void projectionsKnowNothingOfKafka() {
        noClasses().that().resideInAPackage(BASE + ".query..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
                .check(CLASSES);
    }
}

package uk.gov.education.placements.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What the package layout promises, checked. Each rule fails if its {@code that()} matches no class. */
class ArchitectureTest {

    private static final String BASE = "uk.gov.education.placements.gateway";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void pagesReachTheServicesOnlyThroughTheClientPackage() {
        noClasses().that().resideInAnyPackage(BASE + ".school..", BASE + ".provider..", BASE + ".support..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.client..", "java.net.http..")
                .check(CLASSES);
    }

    @Test
    void theClientKnowsNothingOfThePages() {
        noClasses().that().resideInAPackage(BASE + ".client..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".school..", BASE + ".provider..", BASE + ".support..",
                        BASE + ".web..", "org.springframework.ui..")
                .check(CLASSES);
    }

    @Test
    void onlyTheSignInStandInSignsTokens() {
        noClasses().that().resideOutsideOfPackage(BASE + ".identity..")
                .should().dependOnClassesThat().resideInAnyPackage("com.nimbusds..")
                .check(CLASSES);
    }
}

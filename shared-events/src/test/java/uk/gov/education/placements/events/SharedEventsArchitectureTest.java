package uk.gov.education.placements.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "uk.gov.education.placements.events", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedEventsArchitectureTest {

    @ArchTest
    static final ArchRule noSpringAndNoAxonRuntime = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "Axon classes other than @Revision",
                    c -> c.getPackageName().startsWith("org.axonframework")
                            && !c.getName().equals("org.axonframework.serialization.Revision")));

    @ArchTest
    static final ArchRule everyEventIsARecordWithARevision = classes()
            .that().implement(DomainEvent.class).and().areNotInterfaces()
            .should().beRecords()
            .andShould().beAnnotatedWith(org.axonframework.serialization.Revision.class);
}

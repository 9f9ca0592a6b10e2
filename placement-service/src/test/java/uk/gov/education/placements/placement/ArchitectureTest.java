package uk.gov.education.placements.placement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import uk.gov.education.placements.infrastructure.ServiceArchitectureRules;

/** What the package layout promises: the same rules as school-service's, and the aggregates kept apart. */
@AnalyzeClasses(packages = "uk.gov.education.placements.placement", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ServiceArchitectureRules.class);

    /** A partnership knows a placement only by its id: the two aggregates change apart. */
    @ArchTest
    static final ArchRule partnershipsKnowPlacementsOnlyByTheirIds = noClasses()
            .that().resideInAPackage("..command.partnership..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("..command.placement..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("PlacementId"))));
}

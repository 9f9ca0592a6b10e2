package uk.gov.education.placements.school;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import uk.gov.education.placements.infrastructure.ServiceArchitectureRules;

/** What the package layout promises: the same rules as placement-service's. */
@AnalyzeClasses(packages = "uk.gov.education.placements.school", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ServiceArchitectureRules.class);
}

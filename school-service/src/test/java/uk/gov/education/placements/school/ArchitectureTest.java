package uk.gov.education.placements.school;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the package layout promises. ArchUnit fails a rule whose classes match nothing. */
@AnalyzeClasses(packages = "uk.gov.education.placements.school", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_knows_nothing_of_http_or_views = noClasses()
            .that().resideInAPackage("..school.command..")
            .should().dependOnClassesThat().resideInAnyPackage("..school.rest..", "..school.query..", "org.springframework.web..");

    @ArchTest
    static final ArchRule views_are_built_from_events_not_from_the_domain_model = noClasses()
            .that().resideInAPackage("..school.query..")
            .should().dependOnClassesThat().resideInAnyPackage("..school.command..", "..school.rest..");

    @ArchTest
    static final ArchRule the_web_layer_never_touches_the_event_store_or_sql = noClasses()
            .that().resideInAPackage("..school.rest..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.axonframework.eventsourcing..", "org.axonframework.eventhandling..",
                    "org.springframework.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule the_web_layer_sends_commands_through_school_commands_only = noClasses()
            .that().resideInAPackage("..school.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.commandhandling..");

    @ArchTest
    static final ArchRule commands_are_records = classes()
            .that().resideInAPackage("..school.command..").and().haveSimpleNameEndingWith("Command")
            .should().beRecords();
}

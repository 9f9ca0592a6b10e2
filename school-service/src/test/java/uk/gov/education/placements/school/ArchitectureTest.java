package uk.gov.education.placements.school;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.springframework.web.bind.annotation.RequestMapping;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import uk.gov.education.placements.support.security.Access;

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
    static final ArchRule every_endpoint_applies_a_rule_of_school_access = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("..school.rest..")
            .and().areMetaAnnotatedWith(RequestMapping.class)
            .should(applyARuleOfSchoolAccess());

    @ArchTest
    static final ArchRule school_access_is_the_one_place_that_refuses_callers = noClasses()
            .that().resideInAPackage("..school..").and().doNotHaveSimpleName("SchoolAccess")
            .should().callMethod(Access.class, "require", boolean.class);

    @ArchTest
    static final ArchRule the_domain_knows_nothing_of_who_is_calling = noClasses()
            .that().resideInAPackage("..school.command..")
            .should().dependOnClassesThat().resideInAnyPackage("..support.security..", "org.springframework.security..");

    @ArchTest
    static final ArchRule commands_are_records = classes()
            .that().resideInAPackage("..school.command..").and().haveSimpleNameEndingWith("Command")
            .should().beRecords();

    private static ArchCondition<JavaMethod> applyARuleOfSchoolAccess() {
        return new ArchCondition<>("apply a rule of SchoolAccess") {
            @Override
            public void check(JavaMethod endpoint, ConditionEvents events) {
                boolean applies = endpoint.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().getSimpleName().equals("SchoolAccess"));
                events.add(new SimpleConditionEvent(endpoint, applies,
                        endpoint.getFullName() + (applies ? " applies" : " applies no") + " rule of SchoolAccess"));
            }
        };
    }
}

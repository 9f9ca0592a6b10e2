package uk.gov.education.placements.infrastructure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * What the layout of a write service (school-service, placement-service) promises, the same
 * rules for both: {@code command} (aggregates, commands, rules, the command layer), {@code query}
 * (projections and their repositories), {@code rest} (HTTP only). A service includes them with
 * {@code @ArchTest static final ArchTests layout = ArchTests.in(ServiceArchitectureRules.class);}.
 * ArchUnit fails a rule whose {@code that()} matches no class, so none of them can pass vacuously.
 */
public final class ServiceArchitectureRules {

    private ServiceArchitectureRules() {
    }

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfHttpViewsOrStorage = noClasses()
            .that().resideInAPackage("..command..")
            .should().dependOnClassesThat().resideInAnyPackage("..rest..", "..query..", "org.springframework.web..",
                    "org.springframework.jdbc..", "java.sql..", "jakarta.servlet..", "org.apache.kafka..",
                    "org.springframework.kafka..");

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfWhoIsCalling = noClasses()
            .that().resideInAPackage("..command..")
            .should().dependOnClassesThat().resideInAnyPackage("..support.security..", "org.springframework.security..");

    @ArchTest
    static final ArchRule viewsAreBuiltFromEventsNeverFromAggregatesOrCommands = noClasses()
            .that().resideInAPackage("..query..")
            .should().dependOnClassesThat().areAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Command");

    @ArchTest
    static final ArchRule viewsKnowNothingOfTheirReadersOrOfKafka = noClasses()
            .that().resideInAPackage("..query..")
            .should().dependOnClassesThat().resideInAnyPackage("..rest..", "org.apache.kafka..",
                    "org.springframework.kafka..");

    @ArchTest
    static final ArchRule theWebLayerNeverTouchesTheEventStoreOrSql = noClasses()
            .that().resideInAPackage("..rest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.eventsourcing..",
                    "org.axonframework.eventhandling..", "org.springframework.jdbc..", "java.sql..");

    /** Commands go through the service's command layer (SchoolCommands, PlacementCommands, ...), which maps Axon's failures. */
    @ArchTest
    static final ArchRule theWebLayerSendsCommandsThroughTheCommandLayerOnly = noClasses()
            .that().resideInAPackage("..rest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..");

    @ArchTest
    static final ArchRule commandsAreRecords = classes()
            .that().resideInAPackage("..command..").and().haveSimpleNameEndingWith("Command")
            .should().beRecords();

    /** Closed by default: a new endpoint that never asks the service's access rules fails here, not in production. */
    @ArchTest
    static final ArchRule everyEndpointAppliesARuleOfTheServicesAccess = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("..rest..")
            .and().areMetaAnnotatedWith("org.springframework.web.bind.annotation.RequestMapping")
            .should(applyARuleOfTheServicesAccess());

    @ArchTest
    static final ArchRule theServicesAccessIsTheOnePlaceThatRefusesCallers = noClasses()
            .that().haveSimpleNameNotEndingWith("Access")
            .should().callMethod("uk.gov.education.placements.support.security.Access", "require", "boolean");

    /** Directly, or through a helper of the controller's own (such as "the placement, if the caller's"). */
    private static boolean appliesAccess(JavaMethod method, java.util.Set<JavaMethod> seen) {
        if (!seen.add(method)) {
            return false;
        }
        return method.getMethodCallsFromSelf().stream().anyMatch(call -> {
            String owner = call.getTargetOwner().getSimpleName();
            if (owner.endsWith("Access") && !owner.equals("Access")) {
                return true;
            }
            return call.getTargetOwner().equals(method.getOwner()) && call.getTarget().resolveMember()
                    .filter(JavaMethod.class::isInstance).map(JavaMethod.class::cast)
                    .map(helper -> appliesAccess(helper, seen)).orElse(false);
        });
    }

    private static ArchCondition<JavaMethod> applyARuleOfTheServicesAccess() {
        return new ArchCondition<>("apply a rule of the service's Access class") {
            @Override
            public void check(JavaMethod endpoint, ConditionEvents events) {
                boolean applies = appliesAccess(endpoint, new java.util.HashSet<>());
                events.add(new SimpleConditionEvent(endpoint, applies,
                        endpoint.getFullName() + (applies ? " applies" : " applies no") + " rule of the service's Access"));
            }
        };
    }
}

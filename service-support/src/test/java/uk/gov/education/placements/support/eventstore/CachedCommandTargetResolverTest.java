package uk.gov.education.placements.support.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

/** Axon's own resolver is the oracle: the same target, the same version, the same refusals, for every way a command names them. */
class CachedCommandTargetResolverTest {

    private final CommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();
    private final CommandTargetResolver cached = new CachedCommandTargetResolver();

    record Urn(String value) {
        @Override
        public String toString() {
            return value;
        }
    }

    /** As the services' commands name their target: an annotated record component holding a value object. */
    record RecordCommand(@TargetAggregateIdentifier Urn urn, String detail) {
    }

    record VersionedCommand(@TargetAggregateIdentifier String id, @TargetAggregateVersion Long version) {
    }

    record TextVersionCommand(@TargetAggregateIdentifier String id, @TargetAggregateVersion String version) {
    }

    static class Base {
        @TargetAggregateIdentifier
        private final String id;

        Base(String id) {
            this.id = id;
        }
    }

    /** The identifier in a superclass's private field. */
    static class Inherited extends Base {
        Inherited(String id) {
            super(id);
        }
    }

    /** The identifier from an annotated method, which Axon prefers to a field. */
    static class ByMethod {
        @TargetAggregateIdentifier
        private final String field = "from-field";

        @TargetAggregateIdentifier
        String target() {
            return "from-method";
        }
    }

    record Unnamed(String id) {
    }

    @Test
    void resolvesWhatAxonsResolverResolves() {
        for (Object command : List.of(new RecordCommand(new Urn("100001"), "x"), new VersionedCommand("a", 7L),
                new VersionedCommand("b", null), new TextVersionCommand("c", "12"), new Inherited("d"), new ByMethod())) {
            VersionedAggregateIdentifier expected = axon.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            VersionedAggregateIdentifier actual = cached.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            assertThat(actual).as("%s", command).isEqualTo(expected);
            assertThat(actual.getIdentifierValue()).isEqualTo(expected.getIdentifierValue());
            assertThat(actual.getVersion()).isEqualTo(expected.getVersion());
        }
        assertThat(cached.resolveTarget(GenericCommandMessage.asCommandMessage(new ByMethod())).getIdentifier())
                .isEqualTo("from-method");
    }

    @Test
    void answersTheSameForTheSameClassEveryTime() {
        for (int i = 0; i < 3; i++) {
            assertThat(cached.resolveTarget(GenericCommandMessage.asCommandMessage(new VersionedCommand("id-" + i, (long) i))))
                    .isEqualTo(new VersionedAggregateIdentifier((Object) ("id-" + i), (long) i));
        }
    }

    @Test
    void refusesWhatAxonsResolverRefuses() {
        for (Object command : List.of(new Unnamed("x"), new RecordCommand(null, "x"), new TextVersionCommand("c", "twelve"))) {
            var message = GenericCommandMessage.asCommandMessage(command);
            assertThatThrownBy(() -> axon.resolveTarget(message)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> cached.resolveTarget(message)).as("%s", command).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

package uk.gov.education.placements.school.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.education.placements.school.command.Schools.anyUrn;
import static uk.gov.education.placements.school.command.Schools.jane;

import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import uk.gov.education.placements.support.rule.CommandOutcomes;

/** The retry policy, on Axon's real command bus with a handler that conflicts on demand. */
class SchoolCommandsTest {

    private final SchoolUrn urn = anyUrn();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SchoolCommands commands = new SchoolCommands(DefaultCommandGateway.builder().commandBus(bus).build(),
            new CommandOutcomes(meters));
    private final AtomicInteger attempts = new AtomicInteger();

    private void changesConflict(int times) {
        bus.subscribe(ChangePlacementContactCommand.class.getName(), command -> {
            if (attempts.incrementAndGet() <= times) {
                throw new ConcurrencyException("another instance appended first");
            }
            return new VersionedContact(jane(), 7);
        });
    }

    @Test
    void aConflictWithoutIfMatchIsRetriedOnTheNewState() {
        changesConflict(2);

        VersionedContact result = commands.change(new ChangePlacementContactCommand(urn, jane()));

        assertThat(result.version()).isEqualTo(7);
        assertThat(attempts).hasValue(3);
        assertThat(commandsCounted("accepted", "none")).isEqualTo(1);
    }

    @Test
    void retriesAreBoundedAndThenTheChangeIsRefusedAsAConflict() {
        changesConflict(Integer.MAX_VALUE);

        assertThatThrownBy(() -> commands.change(new ChangePlacementContactCommand(urn, jane())))
                .isInstanceOf(ConcurrentChangeConflict.class);
        assertThat(attempts).hasValue(SchoolCommands.MAX_ATTEMPTS);
        assertThat(commandsCounted("conflict", "concurrent-change")).as("once, after its retries").isEqualTo(1);
    }

    @Test
    void aConflictWithIfMatchIsAVersionMismatchWithoutARetry() {
        changesConflict(1);

        assertThatThrownBy(() -> commands.change(new ChangePlacementContactCommand(urn, jane(), ExpectedVersion.exactly(6))))
                .isInstanceOf(SchoolVersionMismatch.class);
        assertThat(attempts).hasValue(1);
        assertThat(commandsCounted("conflict", "school-changed")).isEqualTo(1);
    }

    /** The first refusal may come from this instance's cached school; the second comes from the stored one. */
    @Test
    void aRefusalIsDecidedOnceMoreAndThenAnsweredCountedOnce() {
        bus.subscribe(ChangePlacementContactCommand.class.getName(), command -> {
            attempts.incrementAndGet();
            throw new NoPlacementContactYet();
        });

        assertThatThrownBy(() -> commands.change(new ChangePlacementContactCommand(urn, jane())))
                .isInstanceOf(NoPlacementContactYet.class);
        assertThat(attempts).hasValue(2);
        assertThat(commandsCounted("refused", "no-placement-contact")).isEqualTo(1);
    }

    @Test
    void aRefusalTheStoredSchoolDoesNotRepeatIsNotTheAnswer() {
        bus.subscribe(ChangePlacementContactCommand.class.getName(), command -> {
            if (attempts.incrementAndGet() == 1) {
                throw new NoPlacementContactYet();
            }
            return new VersionedContact(jane(), 2);
        });

        VersionedContact result = commands.change(new ChangePlacementContactCommand(urn, jane()));

        assertThat(result.version()).isEqualTo(2);
        assertThat(commandsCounted("accepted", "none")).isEqualTo(1);
        assertThat(commandsCounted("refused", "no-placement-contact")).isZero();
    }

    @Test
    void aSecondFirstEventForAUrnMeansTheSchoolExists() {
        bus.subscribe(OnboardSchoolCommand.class.getName(), command -> {
            throw new AggregateStreamCreationException("Cannot reuse aggregate identifier");
        });

        assertThatThrownBy(() -> commands.onboard(new OnboardSchoolCommand(urn, new SchoolName("Hillside"))))
                .isInstanceOf(SchoolAlreadyOnboarded.class);
    }

    private double commandsCounted(String outcome, String reason) {
        var counter = meters.find(CommandOutcomes.COMMANDS).tag("command", "ChangePlacementContactCommand")
                .tag("outcome", outcome).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}

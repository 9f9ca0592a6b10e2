package uk.gov.education.placements.support.eventstore;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Axon's {@link AnnotationCommandTargetResolver}, with what it looks up by reflection remembered
 * per command class. Axon's scans every method and field of the command, with its meta-annotation
 * search, for {@code @TargetAggregateIdentifier} and again for {@code @TargetAggregateVersion} on
 * every command: 5 % of school-service's request-thread samples in the benchmark's profile. This
 * scans a class once, in the same order (methods first, then fields, as Axon's {@code ReflectionUtils}
 * lists them, with Axon's {@code AnnotationUtils}), and then only reads the member it found; the
 * version's reading and the refusals (IllegalArgumentException) are Axon's ({@code CachedCommandTargetResolverTest} holds the two to the
 * same answers).
 */
public final class CachedCommandTargetResolver implements CommandTargetResolver {

    private final ClassValue<Target> targets = new ClassValue<>() {
        @Override
        protected Target computeValue(Class<?> type) {
            return new Target(annotated(type, TargetAggregateIdentifier.class), annotated(type, TargetAggregateVersion.class));
        }
    };

    private record Target(Member identifier, Member version) {
    }

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Target target = targets.get(command.getPayloadType());
        Object identifier;
        Object version;
        try {
            identifier = read(target.identifier(), command.getPayload());
            version = read(target.version(), command.getPayload());
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("Cannot read the target aggregate of a " + name(command), e);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("May not read the target aggregate of a " + name(command), e);
        }
        if (identifier == null) {
            throw new IllegalArgumentException("A " + name(command) + " names no target aggregate: one of its fields or"
                    + " methods must carry @TargetAggregateIdentifier and hold a value");
        }
        return new VersionedAggregateIdentifier(identifier, asLong(version));
    }

    private static String name(CommandMessage<?> command) {
        return command.getPayloadType().getSimpleName();
    }

    private static Member annotated(Class<?> type, Class<? extends Annotation> annotation) {
        for (Method method : ReflectionUtils.methodsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                return ReflectionUtils.ensureAccessible(method);
            }
        }
        for (Field field : ReflectionUtils.fieldsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                return ReflectionUtils.ensureAccessible(field);
            }
        }
        return null;
    }

    private static Object read(Member member, Object payload) throws InvocationTargetException, IllegalAccessException {
        if (member instanceof Method method) {
            return method.invoke(payload);
        }
        return member instanceof Field field ? ReflectionUtils.getFieldValue(field, payload) : null;
    }

    private static Long asLong(Object version) {
        if (version == null) {
            return null;
        }
        if (version instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(version.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The target aggregate version " + version + " is not a number", e);
        }
    }
}

package uk.gov.education.placements.support.tracing;

import java.util.Map;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * {@link TraceContexts} from Spring Boot's Micrometer Tracing (no-op where tracing is off), and,
 * in a service with Axon, the two Axon parts that carry the context from the request to the
 * stored events: a dispatch interceptor that puts the current context into each command's
 * metadata, and Axon's {@link SimpleCorrelationDataProvider}, which copies it from the command to
 * every event the command applies.
 */
// By name: the actuator's tracing auto-configuration is there only in services that have the actuator,
// and Axon's only in those with Axon; after Axon's, so that its MessageOriginProvider (which it
// declares only when no CorrelationDataProvider is there yet) stays beside the one declared here.
@AutoConfiguration(afterName = {
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.NoopTracerAutoConfiguration"})
public class TraceContextsAutoConfiguration {

    @Bean
    TraceContexts traceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceContexts(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CommandBus.class)
    static class AxonTraceContext {

        @Bean
        CorrelationDataProvider traceContextCorrelation() {
            return new SimpleCorrelationDataProvider(TraceContexts.TRACEPARENT, TraceContexts.TRACESTATE);
        }

        @Bean
        @ConditionalOnBean(CommandBus.class)
        SmartInitializingSingleton traceContextOnCommands(CommandBus commandBus, TraceContexts traces) {
            MessageDispatchInterceptor<CommandMessage<?>> interceptor = commands -> (index, command) -> {
                Map<String, String> context = traces.current();
                return context.isEmpty() ? command : command.andMetaData(context);
            };
            return () -> commandBus.registerDispatchInterceptor(interceptor);
        }
    }
}

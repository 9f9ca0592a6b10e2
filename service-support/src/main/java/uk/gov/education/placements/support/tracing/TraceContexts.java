package uk.gov.education.placements.support.tracing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.messaging.MetaData;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) as this system carries it from a
 * gateway's request to every consumer: Micrometer Tracing reads it from the HTTP request; the
 * command and the events it stores carry it in their Axon metadata under those two names; the
 * outbox's Kafka record carries it as the CloudEvents distributed-tracing extension (the headers
 * {@code ce_traceparent} and {@code ce_tracestate}); and each consumer applies an event in a span
 * that continues it.
 */
public final class TraceContexts {

    public static final String TRACEPARENT = DistributedTracingExtension.TRACEPARENT;
    public static final String TRACESTATE = DistributedTracingExtension.TRACESTATE;

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContexts(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** With tracing off: carries nothing on and starts no-op spans. */
    public static TraceContexts none() {
        return new TraceContexts(Tracer.NOOP, Propagator.NOOP);
    }

    /** The current span's context as {@code traceparent} (and {@code tracestate}); empty outside a span. */
    public Map<String, String> current() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return Map.of();
        }
        Map<String, String> carrier = new LinkedHashMap<>(4);
        propagator.inject(context, carrier, (map, key, value) -> {
            if (TRACEPARENT.equals(key) || TRACESTATE.equals(key)) {
                map.put(key, value);
            }
        });
        return carrier;
    }

    /** The trace context an event's Axon metadata carries; empty when it has none. */
    public static Map<String, String> of(MetaData metaData) {
        Object traceparent = metaData.get(TRACEPARENT);
        if (!(traceparent instanceof String parent)) {
            return Map.of();
        }
        Object tracestate = metaData.get(TRACESTATE);
        return tracestate instanceof String state && !state.isEmpty()
                ? Map.of(TRACEPARENT, parent, TRACESTATE, state) : Map.of(TRACEPARENT, parent);
    }

    /** The CloudEvent with the context as its distributed-tracing extension; unchanged when there is none. */
    public static CloudEvent withExtension(CloudEvent event, Map<String, String> context) {
        String traceparent = context.get(TRACEPARENT);
        if (traceparent == null) {
            return event;
        }
        DistributedTracingExtension extension = new DistributedTracingExtension();
        extension.setTraceparent(traceparent);
        extension.setTracestate(context.get(TRACESTATE));
        return CloudEventBuilder.v1(event).withExtension(extension).build();
    }

    /** The context a CloudEvent's distributed-tracing extension carries; empty when it has none. */
    public static Map<String, String> of(CloudEvent event) {
        // Read as the extension's two attributes; anything but text there is no context (and no
        // reason to refuse the event: a span that cannot continue it starts a new trace).
        if (!(event.getExtension(TRACEPARENT) instanceof String traceparent)) {
            return Map.of();
        }
        return event.getExtension(TRACESTATE) instanceof String tracestate && !tracestate.isEmpty()
                ? Map.of(TRACEPARENT, traceparent, TRACESTATE, tracestate)
                : Map.of(TRACEPARENT, traceparent);
    }

    /** Puts the span in scope on this thread (logs carry its ids) until closed; none for {@code null}. */
    public Tracer.SpanInScope inScope(Span span) {
        return tracer.withSpan(span);
    }

    /**
     * Starts a span that continues the given context (a child of the span that stored the event),
     * or a new trace when the context is empty or unreadable.
     */
    public Span continueFrom(Map<String, String> context, String name) {
        Span.Builder builder = context.isEmpty() ? tracer.spanBuilder() : propagator.extract(context, Map::get);
        return builder.name(name).kind(Span.Kind.CONSUMER).start();
    }
}

package uk.gov.education.placements.support.security;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Every command carries who issued it ({@code userId}, the token's subject) in its metadata, and
 * every event it causes inherits it, so the event store answers "who changed this?".
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@ConditionalOnClass({AxonAutoConfiguration.class, SecurityContextHolder.class})
public class IssuedByAutoConfiguration {

    public static final String USER_ID = "userId";

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> issuedByInterceptor() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
                return (index, command) -> {
                    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                    if (authentication instanceof JwtAuthenticationToken token && !command.getMetaData().containsKey(USER_ID)) {
                        return command.andMetaData(Map.of(USER_ID, token.getToken().getSubject()));
                    }
                    return command;
                };
            }
        };
    }

    @Bean
    CorrelationDataProvider issuedByCorrelation() {
        return new SimpleCorrelationDataProvider(USER_ID);
    }

    /** Declared here because a CorrelationDataProvider bean of ours stops Axon from declaring its default. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}

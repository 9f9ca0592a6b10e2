package uk.gov.education.placements.providerview;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class ProviderViewServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProviderViewServiceApplication.class, args);
    }

    /** Replays time themselves with it; projections never read the clock (they use the events' own times). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

package uk.gov.education.placements.support.security;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A service with one endpoint per kind of access check, to test the shared security set-up. */
@SpringBootApplication
class SecuredTestApplication {

    @RestController
    static class WhoAmI {

        @GetMapping("/whoami")
        Map<String, Object> whoAmI() {
            Caller caller = Access.caller();
            return Map.of("userId", caller.userId(), "schools", caller.schools(), "role", caller.role().name());
        }

        @GetMapping("/schools/{urn}/secret")
        Map<String, String> schoolSecret(@PathVariable String urn) {
            Access.require(Access.caller().actsForSchool(urn));
            return Map.of("urn", urn);
        }
    }
}

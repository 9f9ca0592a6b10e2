package uk.gov.education.placements.gateway.school;

import java.io.Serial;
import java.io.Serializable;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

/**
 * Read-your-writes across services: the version school-service answered for this user's last
 * write to each school (its ETag), kept in their session. placement-service is sent it as
 * {@code X-School-Version}, so a placement added right after the contact is not refused
 * because placement-service's projection of school events has not caught up yet.
 */
@Component
@SessionScope
public class WrittenSchoolVersions implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ConcurrentHashMap<String, Long> versions = new ConcurrentHashMap<>();

    public void wrote(String urn, long version) {
        versions.merge(urn, version, Math::max);
    }

    public OptionalLong of(String urn) {
        Long version = versions.get(urn);
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }
}

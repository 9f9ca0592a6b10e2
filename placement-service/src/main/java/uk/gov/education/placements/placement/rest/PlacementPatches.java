package uk.gov.education.placements.placement.rest;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
import uk.gov.education.placements.placement.command.placement.PlacementFormPatch;
import uk.gov.education.placements.placement.command.placement.PlacementId;

/**
 * Reads a merge-patch body (RFC 7386) into the patch the command applies: the fields sent, with
 * their values (null clears), strictly, as every request body is read.
 */
@Component
class PlacementPatches {

    private final ObjectMapper json;

    PlacementPatches(ObjectMapper json) {
        this.json = json;
    }

    PlacementFormPatch read(PlacementId id, ObjectNode body, HttpServletRequest servletRequest) {
        ObjectNode values = body.deepCopy();
        JsonNode sentId = values.remove("id");
        if (sentId != null && !sentId.asText().equalsIgnoreCase(id.toString())) {
            throw Requests.invalid("id", "The id of a placement cannot change");
        }
        // Names outside the placement's fields are left to the strict reader below, which refuses them.
        Set<String> fields = new HashSet<>();
        for (Iterator<String> names = values.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (PlacementFormPatch.FIELDS.contains(name)) {
                fields.add(name);
            }
        }
        try {
            PlacementRequest parsed = json.treeToValue(values, PlacementRequest.class);
            return new PlacementFormPatch(parsed.toForm(), fields);
        } catch (JsonProcessingException e) {
            // The same 400 as for a body that does not bind: unknown field, wrong type.
            throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, new ServletServerHttpRequest(servletRequest));
        }
    }
}

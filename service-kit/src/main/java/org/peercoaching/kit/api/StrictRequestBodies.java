package org.peercoaching.matching.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies name only the fields their schema has: a field matching does not know (a misspelt
 * {@code coachGenderPrefrence}, a field of some other API) is refused with 400 naming it, never silently dropped,
 * as the OpenAPI document says ({@code additionalProperties} is not allowed). Only the API's bodies: events are
 * read with the application's own mapper, which keeps ignoring fields newer versions add.
 */
@Provider
public class StrictRequestBodies implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictRequestBodies(ObjectMapper mapper) {
        this.strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}

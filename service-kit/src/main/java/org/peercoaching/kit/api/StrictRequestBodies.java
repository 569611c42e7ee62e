package org.peercoaching.kit.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies name only the fields their schema has: a field the service does not know (a misspelt
 * {@code coachGenderPrefrence}, {@code closedBy} on a closure, a field of some other API) is refused with 400
 * naming it, never silently dropped, so nobody believes a field was taken. Only the REST API's bodies, in every
 * service: events are read with the application's own mapper, which keeps ignoring fields newer producers add.
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

package org.peercoaching.schedule.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies hold exactly what the OpenAPI document says, or are refused with a 400 naming the field:
 * <ul>
 *   <li>a property the document does not list ({@code "closedBy"} on a closure) is refused, not silently
 *       dropped: a client with a misspelt field learns of it, and nobody can believe a field was taken;</li>
 *   <li>types are as strict as the kit's StrictJson makes every service (no number for text, no text for a
 *       number).</li>
 * </ul>
 * Only the REST layer reads with this mapper; events keep the application's mapper, which tolerates fields
 * added by a newer producer.
 */
@Provider
public class StrictBodies implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictBodies(ObjectMapper application) {
        strict = application.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}

package org.peercoaching.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void aValueThatIsNotOfTheParametersTypeDoesNotConvert() {
        assertFalse(QueryParameters.converts(int.class, "x"));
        assertFalse(QueryParameters.converts(Integer.class, "1.5"));
        assertFalse(QueryParameters.converts(UUID.class, "abc"));
        assertFalse(QueryParameters.converts(LocalDate.class, "yesterday"));
    }

    @Test
    void aValueOfTheParametersTypeConverts() {
        assertTrue(QueryParameters.converts(int.class, "5"));
        assertTrue(QueryParameters.converts(UUID.class, UUID.randomUUID().toString()));
        assertTrue(QueryParameters.converts(LocalDate.class, "2027-01-05"));
        assertTrue(QueryParameters.converts(String.class, "anything"));
    }

    @SuppressWarnings("unused")
    static void operation(@QueryParam("limit") @DefaultValue("10") int limit, @QueryParam("again") boolean again,
            @QueryParam("name") String name) {}

    static UriInfo query(String... nameValues) {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.add(nameValues[i], nameValues[i + 1]);
        }
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getQueryParameters") ? parameters : null);
    }

    static List<String> refused(String... nameValues) throws NoSuchMethodException {
        Method method = QueryParametersTest.class.getDeclaredMethod("operation", int.class, boolean.class,
                String.class);
        return QueryParameters.refused(method, query(nameValues)).stream()
                .map(e -> e.field() + " " + e.message()).toList();
    }

    @Test
    void theParametersAnOperationTakesWithValuesAreNotRefused() throws Exception {
        assertEquals(List.of(), refused("limit", "5", "again", "true", "name", "x"));
        assertEquals(List.of(), refused());
    }

    @Test
    void aParameterTheOperationDoesNotTakeAnEmptyValueAndANonBooleanAreRefused() throws Exception {
        assertEquals(List.of("again must be true or false", "limit must have a value; leave it out for the default",
                "page is not a parameter of this; it takes again, limit, name"),
                refused("page", "2", "limit", "", "again", "yes"));
    }
}

package org.peercoaching.kit.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The long-term conditions the programme knows, by SNOMED CT concept id, with their family and
 * common symptoms. One data file ({@code reference/conditions.csv}) read by every service that needs
 * it: volunteer-service to validate a coach's conditions, matching-service to score similarity.
 * Reading only; what counts as similar is matching's rule.
 */
public final class ConditionCatalogue {

    public static final String RESOURCE = "/reference/conditions.csv";

    public record Condition(String code, String name, String family, Set<String> symptoms) {}

    private final Map<String, Condition> byCode;

    private ConditionCatalogue(Map<String, Condition> byCode) {
        this.byCode = byCode;
    }

    /** The catalogue shipped with the suite. */
    public static ConditionCatalogue standard() {
        try (InputStream in = ConditionCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ConditionCatalogue read(InputStream csv) throws IOException {
        Map<String, Condition> conditions = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        reader.readLine(); // header
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Set<String> symptoms = Arrays.stream(cells[3].split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            conditions.put(cells[0].strip(), new Condition(cells[0].strip(), cells[1].strip(), cells[2].strip(), symptoms));
        }
        return new ConditionCatalogue(Map.copyOf(conditions));
    }

    public Optional<Condition> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean knows(String code) {
        return byCode.containsKey(code);
    }

    public Collection<Condition> all() {
        return byCode.values();
    }
}

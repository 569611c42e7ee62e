package org.peercoaching.matching.domain.referral;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * LSOA code -> Index of Multiple Deprivation (IMD) decile, from the two official editions shipped on the classpath
 * (Open Government Licence v3.0, see NOTICE): IMD2025 (English Indices of Deprivation 2025, 2021 LSOAs) and
 * IMD2019 (English Indices of Deprivation 2019, 2011 LSOAs). A code is looked up in IMD2025 first, then in
 * IMD2019: most 2021 codes are the 2011 codes unchanged, so a code in both gets its IMD2025 decile; a 2011 code
 * that was split or merged in 2021 is only in IMD2019 and gets that decile. What was found says which edition and
 * which code the decile came from. Pure: no framework.
 */
public final class ImdLookup {

    /** English Indices of Deprivation 2025, 2021 LSOAs: the default edition, tried first. */
    public static final String IMD2025 = "IMD2025";
    /** English Indices of Deprivation 2019 (File 1), 2011 LSOAs: for 2011 codes not in IMD2025. */
    public static final String IMD2019 = "IMD2019";

    static final String IMD2025_FILE = "/imd/imd2025-lsoa21.csv";
    static final String IMD2019_FILE = "/imd/imd2019-lsoa11.csv";

    /** A decile and where it came from: the edition and the (upper-cased) LSOA code it was found under. */
    public record Area(String edition, String lsoaCode, int decile) {}

    /** One edition's table: every LSOA it ranks, with its decile. */
    public static final class Edition {
        private final String name;
        private final Map<String, Integer> decileByLsoa;

        Edition(String name, Map<String, Integer> decileByLsoa) {
            this.name = name;
            this.decileByLsoa = Map.copyOf(decileByLsoa);
        }

        public String name() {
            return name;
        }

        public int size() {
            return decileByLsoa.size();
        }

        public Optional<Integer> decileOf(String lsoaCode) {
            return Optional.ofNullable(decileByLsoa.get(normal(lsoaCode)));
        }

        /** How many areas each decile 1..10 holds. */
        public Map<Integer, Integer> areasByDecile() {
            Map<Integer, Integer> counts = new TreeMap<>();
            decileByLsoa.values().forEach(d -> counts.merge(d, 1, Integer::sum));
            return counts;
        }
    }

    private final List<Edition> editions;

    ImdLookup(List<Edition> editionsInOrder) {
        this.editions = List.copyOf(editionsInOrder);
    }

    /** Both official editions from the classpath, IMD2025 first. */
    public static ImdLookup official() {
        return new ImdLookup(List.of(load(IMD2025, IMD2025_FILE), load(IMD2019, IMD2019_FILE)));
    }

    private static Edition load(String edition, String resource) {
        try (InputStream in = ImdLookup.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return read(edition, in);
        } catch (IOException e) {
            throw new UncheckedIOException("IMD file " + resource + " could not be read", e);
        }
    }

    /**
     * Reads a CSV whose header has an LSOA code column (a header containing "lsoa" and "code") and an IMD decile
     * column (containing "decile"): the shipped two-column files, or the published IoD2019 File 1 saved as CSV.
     * Lines starting with # are comments.
     */
    static Edition read(String edition, InputStream csv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16);
        String line = reader.readLine();
        while (line != null && (line.isBlank() || line.startsWith("#"))) {
            line = reader.readLine();
        }
        if (line == null) {
            throw new IllegalArgumentException("The " + edition + " file is empty");
        }
        String[] header = split(line.replace("\uFEFF", ""));
        int codeColumn = find(header, "lsoa", "code");
        int decileColumn = find(header, "decile", "decile");
        Map<String, Integer> deciles = new HashMap<>(1 << 16);
        for (line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.indexOf('"') < 0 ? line.split(",", -1) : split(line);
            int decile = Integer.parseInt(cells[decileColumn].strip());
            if (decile < 1 || decile > 10) {
                throw new IllegalArgumentException(edition + " decile out of range in line: " + line);
            }
            if (deciles.put(normal(cells[codeColumn]), decile) != null) {
                throw new IllegalArgumentException(edition + " lists an LSOA twice: " + line);
            }
        }
        return new Edition(edition, deciles);
    }

    private static int find(String[] header, String part, String alsoPart) {
        for (int i = 0; i < header.length; i++) {
            String name = header[i].toLowerCase();
            if (name.contains(part) && name.contains(alsoPart)) {
                return i;
            }
        }
        throw new IllegalArgumentException("The IMD file has no column whose header contains '" + part + "' and '"
                + alsoPart + "'");
    }

    /** Splits a CSV line, honouring double quotes (LSOA names can contain commas in the published File 1). */
    private static String[] split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    private static String normal(String lsoaCode) {
        return lsoaCode.strip().toUpperCase();
    }

    /** The decile of an LSOA: from the first edition (IMD2025) that has the code, else empty. */
    public Optional<Area> find(String lsoaCode) {
        String code = normal(lsoaCode);
        for (Edition edition : editions) {
            Integer decile = edition.decileByLsoa.get(code);
            if (decile != null) {
                return Optional.of(new Area(edition.name, code, decile));
            }
        }
        return Optional.empty();
    }

    /** The editions, in the order codes are looked up. */
    public List<Edition> editions() {
        return editions;
    }

    /** The first edition: the one a code in several editions takes its decile from. */
    public String defaultEdition() {
        return editions.get(0).name;
    }

    /** For the log and the error message: "IMD2025 (33755 areas), then IMD2019 (32844 areas)". */
    public String describe() {
        StringBuilder s = new StringBuilder();
        for (Edition e : editions) {
            s.append(s.isEmpty() ? "" : ", then ").append(e.name).append(" (").append(e.size()).append(" areas)");
        }
        return s.toString();
    }
}

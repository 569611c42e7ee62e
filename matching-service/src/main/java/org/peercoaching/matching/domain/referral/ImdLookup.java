package org.peercoaching.matching.domain.referral;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * LSOA code -> IMD decile, from a CSV in the column layout of the English Indices of Deprivation 2019
 * File 1 (LSOA code, LSOA name, district code, district name, IMD rank, IMD decile). Columns are found by
 * their header names, so the official file saved as CSV works unchanged. Lines starting with # are
 * comments. Pure: no framework.
 */
public final class ImdLookup {

    /** The illustrative sample shipped on the classpath (NOT official values). */
    public static final String SAMPLE = "/imd/imd2019-sample.csv";

    private final String edition;
    private final Map<String, Integer> decileByLsoa;

    private ImdLookup(String edition, Map<String, Integer> decileByLsoa) {
        this.edition = edition;
        this.decileByLsoa = Map.copyOf(decileByLsoa);
    }

    public static ImdLookup fromFile(String edition, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(edition, in);
        } catch (IOException e) {
            throw new UncheckedIOException("IMD file " + file + " could not be read", e);
        }
    }

    public static ImdLookup sample(String edition) {
        try (InputStream in = ImdLookup.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is missing from the classpath");
            }
            return read(edition, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImdLookup read(String edition, InputStream csv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String line = reader.readLine();
        while (line != null && (line.isBlank() || line.startsWith("#"))) {
            line = reader.readLine();
        }
        if (line == null) {
            throw new IllegalArgumentException("The IMD file is empty");
        }
        String[] header = split(line.replace("\uFEFF", ""));
        int codeColumn = find(header, "lsoa code");
        int decileColumn = find(header, "decile");
        Map<String, Integer> deciles = new HashMap<>();
        for (line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = split(line);
            int decile = Integer.parseInt(cells[decileColumn].strip());
            if (decile < 1 || decile > 10) {
                throw new IllegalArgumentException("IMD decile out of range in line: " + line);
            }
            deciles.put(cells[codeColumn].strip().toUpperCase(), decile);
        }
        return new ImdLookup(edition, deciles);
    }

    private static int find(String[] header, String part) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].toLowerCase().contains(part)) {
                return i;
            }
        }
        throw new IllegalArgumentException("The IMD file has no column whose header contains '" + part + "'");
    }

    /** Splits a CSV line, honouring double quotes (LSOA names can contain commas in the official file). */
    private static String[] split(String line) {
        java.util.List<String> cells = new java.util.ArrayList<>();
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

    public Optional<Integer> decileOf(String lsoaCode) {
        return Optional.ofNullable(decileByLsoa.get(lsoaCode.strip().toUpperCase()));
    }

    public String edition() {
        return edition;
    }

    public int size() {
        return decileByLsoa.size();
    }
}

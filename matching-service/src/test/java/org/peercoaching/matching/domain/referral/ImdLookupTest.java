package org.peercoaching.matching.domain.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImdLookupTest {

    static ImdLookup imd;

    @BeforeAll
    static void load() {
        imd = ImdLookup.official();
    }

    static ImdLookup.Edition edition(String name) {
        return imd.editions().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void bothOfficialEditionsLoadWithEveryAreaIn2025First() {
        assertEquals(List.of(ImdLookup.IMD2025, ImdLookup.IMD2019),
                imd.editions().stream().map(ImdLookup.Edition::name).toList());
        assertEquals(ImdLookup.IMD2025, imd.defaultEdition());
        assertEquals(33_755, edition(ImdLookup.IMD2025).size());
        assertEquals(32_844, edition(ImdLookup.IMD2019).size());
    }

    @Test
    void thePublishedDecilesAreThere() {
        assertEquals(Optional.of(9), edition(ImdLookup.IMD2019).decileOf("E01000001"));
        assertEquals(Optional.of(8), edition(ImdLookup.IMD2025).decileOf("E01000001"));
        // Torbay (E06000027): E01015184 is decile 6 in IMD2019 and 7 in IMD2025
        assertEquals(Optional.of(6), edition(ImdLookup.IMD2019).decileOf("E01015184"));
        assertEquals(Optional.of(7), edition(ImdLookup.IMD2025).decileOf("e01015184"), "codes are not case sensitive");
    }

    @Test
    void eachDecileHoldsATenthOfTheAreas() {
        for (ImdLookup.Edition e : imd.editions()) {
            Map<Integer, Integer> byDecile = e.areasByDecile();
            assertEquals(10, byDecile.size(), e.name());
            for (int decile = 1; decile <= 10; decile++) {
                int count = byDecile.get(decile);
                assertTrue(Math.abs(count - e.size() / 10.0) <= 1, e.name() + " decile " + decile + ": " + count);
            }
        }
    }

    @Test
    void aCodeInBothEditionsTakesIts2025DecileAndA2011OnlyCodeIts2019Decile() {
        assertEquals(Optional.of(new ImdLookup.Area(ImdLookup.IMD2025, "E01000001", 8)), imd.find("E01000001"));
        assertEquals(Optional.of(new ImdLookup.Area(ImdLookup.IMD2025, "E01015184", 7)), imd.find(" e01015184 "));
        // E01015195 (Torbay 2011) was split in 2021: only in IMD2019, decile 3
        assertTrue(edition(ImdLookup.IMD2025).decileOf("E01015195").isEmpty());
        assertEquals(Optional.of(new ImdLookup.Area(ImdLookup.IMD2019, "E01015195", 3)), imd.find("E01015195"));
        assertTrue(imd.find("E01999999").isEmpty());
        assertTrue(imd.find("W01000001").isEmpty(), "England only");
    }

    @Test
    void thePublishedFileOneLayoutIsReadByHeaderNamesWithQuotedCommas() throws Exception {
        String csv = "\uFEFFLSOA code (2011),LSOA name (2011),Local Authority District code (2019),"
                + "Local Authority District name (2019),Index of Multiple Deprivation (IMD) Rank,"
                + "Index of Multiple Deprivation (IMD) Decile\n"
                + "E01012345,\"Somewhere, North 001A\",E06000001,Somewhere,\"1,234\",1\n";
        ImdLookup.Edition e = ImdLookup.read("IMD2019",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(1), e.decileOf("E01012345"));
        assertEquals(1, e.size());
    }
}

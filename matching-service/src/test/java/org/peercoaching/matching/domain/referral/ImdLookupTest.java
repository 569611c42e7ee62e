package org.peercoaching.matching.domain.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImdLookupTest {

    @Test
    void theSampleFileGivesDecilesByLsoaCode() {
        ImdLookup imd = ImdLookup.sample("IMD2019");
        assertEquals(Optional.of(1), imd.decileOf("E01000008"));
        assertEquals(Optional.of(10), imd.decileOf("e01000002"), "codes are not case sensitive");
        assertTrue(imd.decileOf("E01999999").isEmpty());
    }

    @Test
    void theOfficialFileOneLayoutIsReadByHeaderNamesWithQuotedCommas() throws Exception {
        String csv = "\uFEFFLSOA code (2011),LSOA name (2011),Local Authority District code (2019),"
                + "Local Authority District name (2019),Index of Multiple Deprivation (IMD) Rank,"
                + "Index of Multiple Deprivation (IMD) Decile\n"
                + "E01012345,\"Somewhere, North 001A\",E06000001,Somewhere,123,1\n";
        ImdLookup imd = ImdLookup.read("IMD2019", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(1), imd.decileOf("E01012345"));
        assertEquals(1, imd.size());
    }
}

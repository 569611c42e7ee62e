package org.peercoaching.kit.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

    static InputStream limited(int size, long limit) {
        return new BodyLimit.Limited(new ByteArrayInputStream(new byte[size]), limit);
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        assertArrayEquals(new byte[100], limited(100, 100).readAllBytes());
        InputStream in = limited(3, 3);
        assertEquals(0, in.read());
        assertEquals(2, in.skip(2));
        assertEquals(-1, in.read());
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsItIsRead() {
        BodyLimit.TooLargeException e = assertThrows(BodyLimit.TooLargeException.class,
                () -> limited(101, 100).readAllBytes());
        assertEquals(100, e.limit());
        assertThrows(BodyLimit.TooLargeException.class, () -> {
            InputStream in = limited(2, 1);
            in.read();
            in.read();
        });
    }
}

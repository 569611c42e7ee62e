package org.peercoaching.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** After signing in, the browser goes on only to a page on this site. */
class SafeNextPageTest {

    @Test
    void aPathOnThisSiteIsKeptWithItsQuery() {
        assertEquals("/coordinator/coaches?x=1", SignInResource.safe("/coordinator/coaches?x=1"));
        assertEquals("/coordinator", SignInResource.safe("/coordinator"));
        assertEquals("/volunteer?week=2026-W49", SignInResource.safe("/volunteer?week=2026-W49"));
    }

    @Test
    void anotherSiteIsNeverTheNextPage() {
        for (String other : new String[] {"//evil.com", "//evil.com/coordinator", "https://evil.com",
                "http://evil.com/", "/\\evil.com", "/\\/evil.com", "\\\\evil.com", "evil.com", "javascript:alert(1)",
                " /coordinator"}) {
            assertEquals("", SignInResource.safe(other), other);
        }
    }

    @Test
    void anAddressWithCharactersNoAddressMayHoldIsNotANextPage() {
        // browsers drop tabs and newlines, so "/\t/evil.com" would read as "//evil.com"
        for (String odd : new String[] {"/\t/evil.com", "/\n/evil.com", "/coordinator\r\nSet-Cookie: x=1",
                "/coordinator coaches", "/coordinator/coaches?q=a|b"}) {
            assertEquals("", SignInResource.safe(odd), odd);
        }
        assertEquals("/coordinator/coaches?q=a%7Cb", SignInResource.safe("/coordinator/coaches?q=a%7Cb"));
    }

    @Test
    void theSignInAndSignOutPagesAreNotANextPage() {
        assertEquals("", SignInResource.safe("/sign-in"));
        assertEquals("", SignInResource.safe("/sign-in?then=%2F%2Fevil.com"));
        assertEquals("", SignInResource.safe("/sign-out"));
    }

    @Test
    void nothingMeansTheHomePage() {
        assertEquals("", SignInResource.safe(null));
        assertEquals("", SignInResource.safe(""));
    }
}

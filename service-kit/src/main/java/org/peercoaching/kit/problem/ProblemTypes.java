package org.peercoaching.kit.problem;

/** Problem type URIs shared by every service; services add their own for their own rules. */
public final class ProblemTypes {
    public static final String BASE = "https://peer-coaching.example.nhs.uk/problems/";
    public static final String INVALID_FIELDS = BASE + "invalid-fields";
    public static final String UNREADABLE_BODY = BASE + "unreadable-body";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String HTTP = BASE + "http";
    public static final String INTERNAL = BASE + "internal-error";
    public static final String SIGN_IN_REQUIRED = BASE + "sign-in-required";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String TOO_MANY_REQUESTS = BASE + "too-many-requests";
    public static final String STOPPING = BASE + "stopping";

    private ProblemTypes() {}
}

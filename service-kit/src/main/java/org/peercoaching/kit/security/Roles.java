package org.peercoaching.kit.security;

/** The roles a signed-in caller can hold (the token's groups claim). */
public final class Roles {
    /** Staff who look after their own volunteers and the people matched to them. */
    public static final String COORDINATOR = "coordinator";
    /** A volunteer coach: only their own calls and their own people's minimal details. */
    public static final String VOLUNTEER = "volunteer";
    /** A PIFU pathway system (client credentials): only referrals of its own pathway. */
    public static final String PATHWAY = "pathway";
    /** Configuration and the audit trail; no access to people's records. */
    public static final String ADMIN = "admin";

    private Roles() {}
}

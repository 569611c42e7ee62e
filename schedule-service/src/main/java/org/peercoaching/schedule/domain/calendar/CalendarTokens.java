package org.peercoaching.schedule.domain.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues unguessable calendar feed tokens (256 random bits) and finds a coach from one. Issuing a
 * new token replaces the old one, so a leaked feed address stops working at once.
 */
@ApplicationScoped
public class CalendarTokens implements PanacheRepositoryBase<CalendarToken, UUID> {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    public CalendarTokens(Clock clock) {
        this.clock = clock;
    }

    /** A new token for the coach (the only time it is ever seen); the previous one stops working. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String rotate(UUID coachId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarToken row = findById(coachId);
        if (row == null) {
            row = new CalendarToken();
            row.coachId = coachId;
            row.tokenHash = hash(token);
            row.createdAt = clock.instant();
            persist(row);
        } else {
            row.tokenHash = hash(token);
            row.createdAt = clock.instant();
        }
        return token;
    }

    public Optional<UUID> coachFor(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return find("tokenHash", hash(token)).firstResultOptional().map(t -> t.coachId);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

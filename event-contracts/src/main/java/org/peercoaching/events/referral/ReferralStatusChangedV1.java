package org.peercoaching.events.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral's status changed (received, ineligible, withdrawn, ...). Ids and status only: the person's
 * details stay in matching-service.
 *
 * @param reason plain-English reason for INELIGIBLE and WITHDRAWN; null otherwise
 */
public record ReferralStatusChangedV1(
        UUID referralId, String pathway, String pathwayReferralId, String status, String reason, Instant changedAt) {}

package org.peercoaching.matching.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bodies of coordinator and pathway actions. Who acted is never in a body: it is the signed-in caller
 * (the token subject), recorded with the action. Confirming a proposal takes no body.
 */
public final class ActionBodies {

    private ActionBodies() {}

    @Schema(name = "DeclineRequest", description = "Decline a proposed match; the person is not proposed to this coach again")
    public record Decline(
            @NotBlank @Size(max = 500) @Schema(example = "Coach lives on the same street") String reason) {}

    @Schema(name = "OverrideRequest", description = "Choose one of your own coaches for the person (confirmed at once if the coach has room)."
            + " A coach on a safeguarding hold can be chosen only by an administrator, with safeguardingReason.")
    public record Override(
            @NotNull @Schema(example = "0b7d3c1e-2f44-4b8a-9d5e-8f0a1c2b3d4e") UUID volunteerId,
            @NotBlank @Size(max = 500) @Schema(example = "Both speak Sylheti") String reason,
            @Size(max = 500) @Schema(nullable = true, description = "Administrators only, and required when the coach"
                    + " is on hold (DBS check expired, supervision overdue): why it is safe for them to take this"
                    + " person. Kept in the action history as OVERRIDE_HOLD.",
                    example = "New DBS certificate seen by the safeguarding lead; the update service is slow")
            String safeguardingReason) {}

    @Schema(name = "WithdrawRequest", description = "Withdraw a referral, for example because the person no longer wants coaching")
    public record Withdraw(
            @NotBlank @Size(max = 500) @Schema(example = "The person moved out of the area") String reason) {}

    @Schema(name = "RematchRequest", description = "The person asked for another coach")
    public record Rematch(
            @NotBlank @Size(max = 500) @Schema(example = "Person asked for a coach who calls in the mornings") String reason) {}
}

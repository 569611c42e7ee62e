package org.peercoaching.schedule.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One coaching call. Stored in UTC; shown in Europe/London. */
@Entity
@Table(name = "scheduled_call")
public class ScheduledCall {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "coach_id", nullable = false)
    public UUID coachId;

    @Column(name = "call_number", nullable = false)
    public int callNumber;

    /** 1 for the booked call; 2, 3, ... for a retry after no answer or a rescheduled call. */
    @Column(nullable = false)
    public int attempt = 1;

    @Column(nullable = false)
    public String stage;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CallStatus status;

    /** Two writers (a coach and a job, or two replicas) never both change one call. */
    @Version
    public long version;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Who recorded the outcome (their sign-in id); null when the overdue job marked it missed. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    public String notes;

    @Column(name = "goal_topic")
    public String goalTopic;

    @Column(name = "goal_goal")
    public String goalGoal;

    @Column(name = "goal_reality")
    public String goalReality;

    @Column(name = "goal_options")
    public String goalOptions;

    @Column(name = "goal_way_forward")
    public String goalWayForward;

    public Integer confidence;

    @Column(name = "reminder_sent_at")
    public Instant reminderSentAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean hasGoals() {
        return goalTopic != null || goalGoal != null || goalReality != null || goalOptions != null
                || goalWayForward != null;
    }
}

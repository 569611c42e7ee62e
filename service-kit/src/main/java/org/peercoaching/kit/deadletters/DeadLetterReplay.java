package org.peercoaching.kit.deadletters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One replay of a dead letter onto its original topic. */
@Entity
@Table(name = "dead_letter_replay")
public class DeadLetterReplay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dlq_partition", nullable = false)
    public int partition;

    @Column(name = "dlq_offset", nullable = false)
    public long offset;

    @Column(name = "original_topic", nullable = false)
    public String originalTopic;

    @Column(name = "replayed_at", nullable = false)
    public Instant replayedAt;

    @Column(name = "replayed_by", nullable = false)
    public String replayedBy;
}

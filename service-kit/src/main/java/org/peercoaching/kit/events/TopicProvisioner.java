package org.peercoaching.kit.events;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.peercoaching.events.Topics;

/**
 * Creates the event topics and this service's dead-letter topic with the partitions, replication and
 * min.insync.replicas set by configuration, so production does not depend on the broker's
 * auto-creation defaults. Topics that exist are left as they are, and are not asked for again: the broker's
 * list is read first, so a restart against a running broker does not wait on a create request for topics it
 * already has (that wait was 10 s of a 20 s restart).
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "peercoaching.kafka.topics.create", defaultValue = "true")
    boolean create;

    @ConfigProperty(name = "peercoaching.kafka.topics.partitions", defaultValue = "3")
    int partitions;

    @ConfigProperty(name = "peercoaching.kafka.topics.replication-factor", defaultValue = "1")
    short replicationFactor;

    @ConfigProperty(name = "peercoaching.kafka.topics.min-insync-replicas", defaultValue = "1")
    int minInsyncReplicas;

    void onStart(@Observes StartupEvent start) {
        if (create) {
            provision();
        }
    }

    public List<String> topicNames() {
        return List.of(Topics.VOLUNTEERS, Topics.REFERRALS, Topics.MATCHES, Topics.SCHEDULE, "dead-letters." + applicationName);
    }

    void provision() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        List<NewTopic> topics = new ArrayList<>();
        for (String name : topicNames()) {
            topics.add(new NewTopic(name, partitions, replicationFactor)
                    .configs(Map.of("min.insync.replicas", String.valueOf(minInsyncReplicas))));
        }
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            topics.removeIf(topic -> existing.contains(topic.name()));
            if (topics.isEmpty()) {
                LOG.debugf("All %d topics exist", topicNames().size());
                return;
            }
            admin.createTopics(topics).values().forEach((name, future) -> {
                try {
                    future.get(15, TimeUnit.SECONDS);
                    LOG.infof("Created topic %s (%d partitions, replication %d)", name, partitions, replicationFactor);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        LOG.warnf("Could not create topic %s: %s", name, e.getCause().getMessage());
                    }
                } catch (Exception e) {
                    LOG.warnf("Could not create topic %s yet (%s); the broker's defaults will apply if it is created"
                            + " on first use", name, e.getClass().getSimpleName());
                }
            });
        } catch (ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
            LOG.warnf("Topics not provisioned: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

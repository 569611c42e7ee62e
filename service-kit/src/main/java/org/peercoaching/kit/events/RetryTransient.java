package org.peercoaching.kit.events;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a consumer method: a failure that may pass (the database or broker briefly unreachable, a lock
 * timeout, a deadlock) is retried with backoff, in a fresh transaction each time, holding the
 * partition so nothing overtakes the event. A failure that can never pass (an unreadable event, a rule
 * it breaks) is not retried: it goes straight on to the dead-letter topic.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryTransient {}

package org.peercoaching.kit.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that reads or changes a person's (or a coach's) record: every call, allowed or
 * refused, leaves one row in the audit trail.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** What kind of record, such as "referral", "coach-calls", "volunteer". */
    @Nonbinding
    String value() default "";

    /** The path parameter that holds the record's id; empty when the endpoint has none. */
    @Nonbinding
    String idParam() default "";
}

package org.peercoaching.kit.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import org.jboss.resteasy.reactive.RestPath;
import org.peercoaching.kit.problem.ProblemException;

@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class AuditInterceptor {

    @Inject
    AuditTrail trail;

    @AroundInvoke
    Object audit(InvocationContext ctx) throws Exception {
        Audited audited = binding(ctx);
        String subjectId = audited == null ? null : pathValue(ctx, audited.idParam());
        String subject = audited == null || audited.value().isEmpty() ? "record" : audited.value();
        try {
            Object result = ctx.proceed();
            trail.record(subject, subjectId, "allowed");
            return result;
        } catch (ProblemException e) {
            trail.record(subject, subjectId, "refused " + e.status());
            throw e;
        } catch (WebApplicationException e) {
            trail.record(subject, subjectId, "refused " + e.getResponse().getStatus());
            throw e;
        } catch (RuntimeException e) {
            trail.record(subject, subjectId, "failed");
            throw e;
        }
    }

    private static Audited binding(InvocationContext ctx) {
        Audited onMethod = ctx.getMethod().getAnnotation(Audited.class);
        if (onMethod != null) {
            return onMethod;
        }
        for (Annotation a : ctx.getInterceptorBindings()) {
            if (a instanceof Audited found) {
                return found;
            }
        }
        return ctx.getTarget() == null ? null : ctx.getMethod().getDeclaringClass().getAnnotation(Audited.class);
    }

    private static String pathValue(InvocationContext ctx, String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        Method method = ctx.getMethod();
        Parameter[] params = method.getParameters();
        for (int i = 0; i < params.length; i++) {
            PathParam pathParam = params[i].getAnnotation(PathParam.class);
            RestPath restPath = params[i].getAnnotation(RestPath.class);
            String paramName = pathParam != null ? pathParam.value()
                    : restPath != null ? (restPath.value().isEmpty() ? params[i].getName() : restPath.value())
                    : null;
            if (name.equals(paramName)) {
                Object value = ctx.getParameters()[i];
                return value == null ? null : value.toString();
            }
        }
        return null;
    }
}

package org.peercoaching.kit.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
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
        String action = routeOf(ctx.getMethod());
        try {
            Object result = ctx.proceed();
            trail.record(subject, subjectId, "allowed", action);
            return result;
        } catch (ProblemException e) {
            trail.record(subject, subjectId, "refused " + e.status(), action);
            throw e;
        } catch (WebApplicationException e) {
            trail.record(subject, subjectId, "refused " + e.getResponse().getStatus(), action);
            throw e;
        } catch (ConstraintViolationException e) {
            trail.record(subject, subjectId, "refused 400", action);
            throw e;
        } catch (RuntimeException e) {
            trail.record(subject, subjectId, "failed", action);
            throw e;
        }
    }

    /**
     * The route template ("GET /api/v1/calendars/{token}.ics"), not the address as called: an address can
     * carry a secret, and the subject id is recorded on its own.
     */
    static String routeOf(Method method) {
        String verb = "";
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                verb = http.value();
            }
        }
        Path onClass = method.getDeclaringClass().getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        String path = (onClass == null ? "" : onClass.value()) + (onMethod == null ? "" : "/" + onMethod.value());
        return (verb + " " + path.replaceAll("/+", "/")).trim();
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

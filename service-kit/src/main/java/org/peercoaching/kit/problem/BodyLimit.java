package org.peercoaching.kit.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * Counts a request body as it is read and refuses it once it runs over {@code quarkus.http.limits.max-body-size}:
 * the 413 problem for a body sent without a length (chunked), which {@link HttpLimits} cannot see coming. A body
 * with a length over the limit never gets this far.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    @Inject
    HttpLimits limits;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        OptionalLong max = limits.maxBodySize();
        if (max.isPresent() && context.getInputStream() != null) {
            context.setInputStream(new Limited(context.getInputStream(), max.getAsLong()));
        }
        return context.proceed();
    }

    /** The body ran over the limit while it was read. */
    public static class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        private final long limit;

        public TooLargeException(long limit) {
            super("The request body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws TooLargeException {
            count += n;
            if (count > limit) {
                throw new TooLargeException(limit);
            }
        }
    }
}

package dev.crm.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit (1 MB by default; uploads are multipart and have their own
 * limit): at once when Content-Length says so, and while reading when a chunked body runs over. A JSON
 * body is also checked for lone surrogates as it is read ({@link LoneSurrogates}).
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    public RequestSizeLimitFilter(long maxBytes, ProblemWriter problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(response, CommonError.PAYLOAD_TOO_LARGE, "The request body may not exceed " + maxBytes / 1024 + " KB.");
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes, isJson(request.getContentType())), response);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) return false;
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        int end = type.indexOf(';');
        String essence = (end < 0 ? type : type.substring(0, end)).strip();
        return essence.equals("application/json") || essence.endsWith("+json");
    }

    /** Thrown when a body without Content-Length runs over; reported as unreadable (400). */
    static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private final boolean json;

        LimitedRequest(HttpServletRequest request, long maxBytes, boolean json) {
            super(request);
            this.maxBytes = maxBytes;
            this.json = json;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            LoneSurrogates text = json ? new LoneSurrogates() : null;
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) count(1);
                    if (text != null) {
                        if (b >= 0) text.feed(b); else text.end();
                        check();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0) count(n);
                    if (text != null) {
                        for (int i = 0; i < n; i++) text.feed(buf[off + i] & 0xff);
                        if (n < 0) text.end();
                        check();
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > maxBytes) throw new IOException("Request body exceeds " + maxBytes + " bytes");
                }

                private void check() throws LoneSurrogateException {
                    if (text.found()) throw new LoneSurrogateException();
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}

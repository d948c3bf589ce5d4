package dev.crm.gateway.routing;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import reactor.core.publisher.Flux;

/** A request whose body fails with {@link BodyTooLargeException} at the first buffer that takes it past {@code max} bytes. */
final class CountedBodyRequest extends ServerHttpRequestDecorator {

    private final long max;

    CountedBodyRequest(ServerHttpRequest request, long max) {
        super(request);
        this.max = max;
    }

    @Override
    public Flux<DataBuffer> getBody() {
        AtomicLong received = new AtomicLong();
        return super.getBody().handle((buffer, sink) -> {
            if (received.addAndGet(buffer.readableByteCount()) > max) {
                DataBufferUtils.release(buffer);
                sink.error(new BodyTooLargeException(max));
            } else {
                sink.next(buffer);
            }
        });
    }
}

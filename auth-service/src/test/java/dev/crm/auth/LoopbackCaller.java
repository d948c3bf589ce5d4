package dev.crm.auth;

import dev.crm.testing.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A caller on the service's own port that connects from a loopback address of its own (127.x.y.z, new for
 * each caller), so that what the service counts per connection address is this caller's alone, not shared
 * with earlier runs or with other tests on this machine (the buckets live in Redis). Plain HTTP/1.1 over a
 * socket: the JDK's client cannot choose its local address at this language level.
 */
final class LoopbackCaller {

    private final InetAddress local;
    private final int port;

    private LoopbackCaller(InetAddress local, int port) {
        this.local = local;
        this.port = port;
    }

    static LoopbackCaller fresh(int port) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] address = {127, (byte) random.nextInt(1, 255), (byte) random.nextInt(256), (byte) random.nextInt(1, 255)};
        try {
            return new LoopbackCaller(InetAddress.getByAddress(address), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address the service sees this caller connect from. */
    String address() {
        return local.getHostAddress();
    }

    /** POSTs {@code body} as JSON with {@code headers}; the answer's status. */
    int post(String path, Object body, Map<String, String> headers) {
        byte[] json = ApiClient.toJson(body).getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nContent-Type: application/json\r\nContent-Length: " + json.length + "\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(json);
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1); // "HTTP/1.1 429"
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.crm.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The SMTP sink: GreenMail with SMTP and IMAP, accepting any user and password (a mailbox is created
 * for every recipient; IMAP logs in with the recipient's address and any password). A small HTTP API
 * lets tests that cannot speak IMAP (the browser tests) read mails back:
 *
 * <pre>
 * GET    /api/messages[?to=address]  -> [{"to":[..],"from":[..],"subject":..,"text":..,"html":..,"receivedAt":..}]
 * DELETE /api/messages               -> 204, every mailbox emptied
 * </pre>
 */
final class MailSink implements AutoCloseable {

    private final GreenMail greenMail;
    private final String description;
    private HttpServer api;

    private MailSink(GreenMail greenMail, String description) {
        this.greenMail = greenMail;
        this.description = description;
    }

    static MailSink start(String bind, int smtpPort, int imapPort, int apiPort) throws IOException {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtpPort, bind, ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort, bind, ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        String description = "smtp=" + bind + ":" + smtpPort + " imap=" + bind + ":" + imapPort
                + (apiPort > 0 ? " api=http://" + bind + ":" + apiPort + "/api/messages" : "");
        MailSink sink = new MailSink(greenMail, description);
        if (apiPort > 0) {
            try {
                sink.api = HttpServer.create(new InetSocketAddress(bind, apiPort), 16);
                sink.api.createContext("/api/messages", sink::handle);
                sink.api.start();
            } catch (IOException e) {
                greenMail.stop();
                throw new IOException("mail API on " + bind + ":" + apiPort + ": " + e.getMessage(), e);
            }
        }
        return sink;
    }

    String describe() {
        return description;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> respond(exchange, 200, messagesJson(queryParameter(exchange, "to")));
                case "DELETE" -> {
                    greenMail.purgeEmailFromAllMailboxes();
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> respond(exchange, 405, "{\"error\":\"GET or DELETE\"}");
            }
        } catch (Exception e) {
            respond(exchange, 500, "{\"error\":" + json(e.toString()) + "}");
        }
    }

    private String messagesJson(String to) throws MessagingException, IOException {
        List<MimeMessage> messages = to == null
                ? Arrays.asList(greenMail.getReceivedMessages())
                : greenMail.findReceivedMessages(
                                user -> user.getEmail().equalsIgnoreCase(to), message -> true)
                        .collect(Collectors.toList());
        List<String> items = new ArrayList<>();
        for (MimeMessage message : messages) {
            items.add("{\"to\":" + addresses(message.getRecipients(Message.RecipientType.TO))
                    + ",\"cc\":" + addresses(message.getRecipients(Message.RecipientType.CC))
                    + ",\"from\":" + addresses(message.getFrom())
                    + ",\"subject\":" + json(message.getSubject())
                    + ",\"messageId\":" + json(message.getMessageID())
                    + ",\"text\":" + json(firstPart(message, "text/plain"))
                    + ",\"html\":" + json(firstPart(message, "text/html"))
                    + ",\"receivedAt\":" + json(message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant().toString())
                    + "}");
        }
        return "[" + String.join(",", items) + "]";
    }

    private static String firstPart(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            Object content = part.getContent();
            return content instanceof String text ? text : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = firstPart(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "[]";
        }
        return Arrays.stream(addresses).map(a -> json(a.toString())).collect(Collectors.joining(",", "[", "]"));
    }

    private static String queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String json(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    @Override
    public void close() {
        if (api != null) {
            api.stop(0);
        }
        greenMail.stop();
    }

    @Override
    public String toString() {
        return "mail sink " + description;
    }
}

package dev.crm.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailSinkTests {

    private int smtpPort;
    private int imapPort;
    private int apiPort;
    private MailSink sink;

    @BeforeEach
    void startTheSink() throws IOException {
        smtpPort = freePort();
        imapPort = freePort();
        apiPort = freePort();
        sink = MailSink.start("127.0.0.1", smtpPort, imapPort, apiPort);
    }

    @AfterEach
    void stopTheSink() {
        sink.close();
    }

    @Test
    void acceptsMailFromAnyUserAndPasswordAndServesItOverImap() throws Exception {
        send("ana@acme.test", "Welcome to Acme", "Your link: http://localhost:8080/reset?token=abc");

        Properties props = new Properties();
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", imapPort, "ana@acme.test", "any password");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();

            assertThat(messages).hasSize(1);
            assertThat(messages[0].getSubject()).isEqualTo("Welcome to Acme");
            assertThat(messages[0].getContent().toString()).contains("token=abc");
            inbox.close(false);
        }
    }

    @Test
    void servesMailsPerRecipientOverHttpAndForgetsThemOnDelete() throws Exception {
        send("ana@acme.test", "For Ana", "hello \"Ana\"");
        send("bo@acme.test", "For Bo", "hello Bo");
        HttpClient http = HttpClient.newHttpClient();
        URI messages = URI.create("http://127.0.0.1:" + apiPort + "/api/messages");

        HttpResponse<String> forAna = http.send(
                HttpRequest.newBuilder(URI.create(messages + "?to=Ana%40acme.test")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(forAna.statusCode()).isEqualTo(200);
        assertThat(forAna.body())
                .contains("\"subject\":\"For Ana\"", "\"text\":\"hello \\\"Ana\\\"\"")
                .doesNotContain("For Bo");

        HttpResponse<Void> deleted = http.send(
                HttpRequest.newBuilder(messages).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(http.send(HttpRequest.newBuilder(messages).build(), HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("[]");
    }

    private void send(String to, String subject, String text) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(smtpPort));
        props.put("mail.smtp.auth", "true");
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("crm@localhost"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message, "whoever", "whatever");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package dev.crm.communication;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.crm.testing.SchemaOwnerContract;
import dev.crm.testing.TestSecrets;
import dev.crm.testing.ServiceApiTest;
import dev.crm.testing.TestOrganizations.Organization;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The communication-service on a random port against real PostgreSQL and NATS (see {@link ServiceApiTest})
 * and a real SMTP server: a GreenMail of its own on a free port, which a test may stop and start again
 * (an SMTP outage) and whose received messages tests read back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${CRM_TEST_DB_URL:jdbc:postgresql://localhost:5432/crm_test}",
    "crm.internal-secret=" + SchemaOwnerContract.INTERNAL_SECRET,
    "crm.mail.tracking-secret=" + TestSecrets.TRACKING,
    "crm.mail.inbound.secret=" + TestSecrets.INBOUND,
    ServiceApiTest.OWN_CONSUMERS,
    "crm.mail.retry-base=1s",
    "crm.public-url=http://crm.test" // where tracking and unsubscribe links point, whatever platform runs beside the tests
})
@Import(ServiceApiTest.Tokens.class)
public abstract class CommunicationServiceApiTest extends ServiceApiTest {

    private static final int SMTP_PORT = freePort();
    protected static GreenMail smtp = startSmtp();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    /** The SMTP server again, on the same port, after a test stopped it. */
    protected static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        smtp = server;
        return server;
    }

    /** An organization in use, whose admin confirmed their address: it sends without a new organization's daily quota. */
    protected void confirmSending(Organization organization) {
        jdbc.update("insert into " + organization.schema() + ".sender_confirmation (confirmed_at) values (now())");
    }

    /** What {@code address}'s mailbox received (GreenMail keeps a copy per recipient). */
    protected static List<MimeMessage> received(String address) {
        return smtp.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true).toList();
    }

    /** The first part of {@code type} in a (nested) multipart message, with plain line ends (MIME sends CRLF). */
    protected static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) return ((String) part.getContent()).replace("\r\n", "\n");
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

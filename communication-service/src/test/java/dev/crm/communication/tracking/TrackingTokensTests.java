package dev.crm.communication.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.security.RotatingSecret;
import dev.crm.communication.tracking.TrackingTokens.Purpose;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrackingTokensTests {

    private static final String OLD = "the secret that signed until today, 32+";
    private static final String NEW = "the secret that signs from today on, 32+";
    private final UUID tenant = UUID.randomUUID();
    private final UUID email = UUID.randomUUID();

    private static TrackingTokens signedWith(String current, String previous) {
        return new TrackingTokens(new RotatingSecret("CRM_TRACKING_SECRET", current, previous));
    }

    @Test
    void duringARotationLinksOfSentEmailsKeepWorkingAndNewOnesUseTheNewSecret() {
        String sentLastWeek = signedWith(OLD, null).issue(Purpose.CLICK, tenant, email, 3);
        TrackingTokens rotating = signedWith(NEW, OLD);

        assertThat(rotating.verify(Purpose.CLICK, sentLastWeek)).hasValueSatisfying(claim -> assertThat(claim.link()).isEqualTo(3));
        String sentToday = rotating.issue(Purpose.CLICK, tenant, email, 0);
        assertThat(signedWith(NEW, null).verify(Purpose.CLICK, sentToday)).isPresent();
        assertThat(signedWith(OLD, null).verify(Purpose.CLICK, sentToday)).as("signed with the new secret").isEmpty();
        assertThat(signedWith(NEW, null).verify(Purpose.CLICK, sentLastWeek)).as("the old secret retired").isEmpty();
    }

    @Test
    void aTokenIsGoodOnlyForItsPurpose() {
        String click = signedWith(NEW, null).issue(Purpose.CLICK, tenant, email, 0);
        assertThat(signedWith(NEW, null).verify(Purpose.OPEN, click)).isEmpty();
        assertThat(signedWith(NEW, null).verify(Purpose.INBOUND, click)).isEmpty();
    }
}

package dev.crm.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SealedSuccessorTests {

    @Test
    void opensOnlyWithTheRotatedToken() {
        String rotated = "tenant." + Secrets.random();
        String successor = "tenant." + Secrets.random();
        byte[] sealed = SealedSuccessor.seal(rotated, successor);

        assertThat(SealedSuccessor.open(rotated, sealed)).contains(successor);
        assertThat(SealedSuccessor.open("tenant." + Secrets.random(), sealed)).isEmpty();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(successor);
    }

    @Test
    void nothingSealedOpensToNothing() {
        assertThat(SealedSuccessor.open("tenant.x", null)).isEmpty();
        assertThat(SealedSuccessor.open("tenant.x", new byte[5])).isEmpty();
    }
}

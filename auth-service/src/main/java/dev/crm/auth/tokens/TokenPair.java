package dev.crm.auth.tokens;

/** What sign-in, refresh and registration answer: {@code {accessToken, refreshToken, expiresIn, tokenType}}. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn, String tokenType) {

    public static TokenPair bearer(String accessToken, String refreshToken, long expiresInSeconds) {
        return new TokenPair(accessToken, refreshToken, expiresInSeconds, "Bearer");
    }
}

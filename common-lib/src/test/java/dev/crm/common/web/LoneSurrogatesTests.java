package dev.crm.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoneSurrogatesTests {

    private static boolean found(String json) {
        LoneSurrogates check = new LoneSurrogates();
        for (byte b : json.getBytes(StandardCharsets.UTF_8)) check.feed(b & 0xff);
        check.end();
        return check.found();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\":\"\\ud800\"}", "{\"name\":\"a\\uD800b\"}", "{\"name\":\"\\udc00\"}", "{\"name\":\"\\ud800\\u0041\"}",
        "{\"name\":\"\\ud800\\ud800\\udc00\"}", "{\"name\":\"\\ud83d\\n\"}", "[\"\\ud83d"
    })
    void findsALoneSurrogate(String json) {
        assertThat(found(json)).as(json).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\":\"Zoë\"}", "{\"name\":\"\\ud83d\\ude00 smile\"}", "{\"name\":\"😀\"}", "{\"path\":\"C:\\\\ud800\"}",
        "{\"quote\":\"\\\"\\u00e9\\\"\"}", "{}", ""
    })
    void letsEverythingElseThrough(String json) {
        assertThat(found(json)).as(json).isFalse();
    }
}

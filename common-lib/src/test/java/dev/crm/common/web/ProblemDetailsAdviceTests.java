package dev.crm.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.web.multipart.MultipartException;

class ProblemDetailsAdviceTests {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void aBrokenMultipartBodyIsTheClientsMistake() {
        var answer = advice.brokenMultipart(new MultipartException("Failed to parse multipart servlet request"));
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void textWithANulCharacterIsRefusedWhereverTheDatabaseFindsIt() {
        var nulInText = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        var nulInJsonb = new SQLException("unsupported Unicode escape sequence", "22P05");
        assertThat(advice.unexpected(new JpaSystemException(new RuntimeException(nulInText))).getStatusCode().value()).isEqualTo(400);
        assertThat(advice.integrity(new DataIntegrityViolationException("x", nulInJsonb)).getStatusCode().value()).isEqualTo(400);
        assertThat(advice.unexpected(new JpaSystemException(new RuntimeException(new SQLException("other", "08006")))).getStatusCode().value()).isEqualTo(500);
    }
}

package dev.crm.contact.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a CSV file is written: its encoding and its delimiter. A byte order mark names UTF-8 or UTF-16;
 * without one the bytes are checked: valid UTF-8 is read as UTF-8, anything else as Windows-1252
 * (what Excel writes on Windows). The delimiter is whichever of comma, semicolon and tab occurs most
 * often outside quotes in the header line (comma on a tie).
 *
 * @param bomBytes bytes of the byte order mark to skip
 */
record CsvDialect(Charset charset, int bomBytes, char delimiter) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int HEAD_BYTES = 64 * 1024;

    /** The name clients see: UTF-8, UTF-16LE, UTF-16BE or windows-1252. */
    String encoding() {
        return charset.name();
    }

    /** The dialect of a whole file: every byte is checked before UTF-8 is trusted. */
    static CsvDialect of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        Charset bomCharset = byBom(head);
        if (bomCharset != null) return of(head, bomCharset);
        boolean utf8;
        try (InputStream in = Files.newInputStream(file)) {
            utf8 = isUtf8(in, true);
        }
        return of(head, utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    /** The dialect judged from the start of a file only (a preview); a character cut at the end is not an error. */
    static CsvDialect ofStart(byte[] start) throws IOException {
        Charset bomCharset = byBom(start);
        if (bomCharset != null) return of(start, bomCharset);
        boolean utf8 = isUtf8(new java.io.ByteArrayInputStream(start), false);
        return of(start, utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    private static CsvDialect of(byte[] head, Charset charset) {
        int bom = bomLength(head, charset);
        String text = charset.decode(ByteBuffer.wrap(head, bom, head.length - bom)).toString();
        return new CsvDialect(charset, bom, delimiterOf(text));
    }

    private static Charset byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static int bomLength(byte[] head, Charset charset) {
        if (byBom(head) == null) return 0;
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /** Whether the bytes decode as UTF-8 without a single malformed sequence. */
    static boolean isUtf8(InputStream in, boolean complete) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(HEAD_BYTES);
        CharBuffer chars = CharBuffer.allocate(HEAD_BYTES);
        int n;
        while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) != -1) {
            bytes.position(bytes.position() + n);
            bytes.flip();
            CoderResult result;
            do {
                chars.clear();
                result = decoder.decode(bytes, chars, false);
                if (result.isError()) return false;
            } while (result.isOverflow());
            bytes.compact();
        }
        if (!complete) return true;
        bytes.flip();
        chars.clear();
        return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
    }

    static char delimiterOf(String text) {
        char[] candidates = {',', ';', '\t'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) if (c == candidates[k]) counts[k]++;
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) if (counts[k] > counts[best]) best = k;
        return candidates[best];
    }
}

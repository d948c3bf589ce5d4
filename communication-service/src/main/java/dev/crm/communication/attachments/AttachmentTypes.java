package dev.crm.communication.attachments;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * The content type of an attachment as its bytes say (Apache Tika's magic numbers, the name only as a
 * hint), from an allowed list: documents, spreadsheets, presentations, images, text, calendars, archives.
 * Programs, scripts, HTML and anything unknown are refused; a file whose bytes contradict its name
 * (a program named .pdf) is refused too.
 */
final class AttachmentTypes {

    private static final Tika TIKA = new Tika();

    /** Allowed types, each with the file name endings it may have. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg jpeg"), Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"), Map.entry("image/heic", "heic"),
            Map.entry("text/plain", "txt log md"), Map.entry("text/csv", "csv"), Map.entry("text/calendar", "ics"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/x-tika-ooxml", "docx xlsx pptx"),
            Map.entry("application/msword", "doc"), Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/x-tika-msoffice", "doc xls ppt"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("application/zip", "zip docx xlsx pptx odt ods"));

    private AttachmentTypes() {}

    /** The detected type when it is allowed and agrees with the file's name; empty otherwise. */
    static Optional<String> detect(byte[] content, String fileName) {
        String type = TIKA.detect(content, fileName);
        String allowedEndings = ALLOWED.get(type);
        if (allowedEndings == null) return Optional.empty();
        String ending = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        return (" " + allowedEndings + " ").contains(" " + ending + " ") ? Optional.of(type) : Optional.empty();
    }
}

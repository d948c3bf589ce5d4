package dev.crm.contact.importing;

import java.util.List;
import java.util.Map;

/** The start of an uploaded file as the import wizard shows it, with the mapping the import would use. */
record ImportPreview(String encoding, String delimiter, List<String> headers, List<List<String>> sampleRows,
                     HeaderMapping.Preset preset, Map<String, String> mapping, List<Field> fields) {

    /** A field a column can be mapped to; {@code key} goes into the mapping. */
    record Field(String key, String label, boolean required) {}
}

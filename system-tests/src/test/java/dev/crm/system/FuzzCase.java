package dev.crm.system;

/**
 * One request of the fuzz suite. {@code refused}: the request is malformed whatever the record, so it
 * must get a 4xx and change nothing; the others (an empty string, an RTL override, -1) may be valid.
 */
record FuzzCase(FuzzOperation operation, String label, String path, String contentType, byte[] body, boolean refused) {

    String method() {
        return operation.method();
    }

    String describe() {
        return operation.name() + " [" + label + "] " + (path.length() > 120 ? path.substring(0, 120) + "…" : path);
    }
}

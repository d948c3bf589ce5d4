package dev.crm.communication.templates;

import java.util.Set;

/** Exactly what would be sent: the subject, the sanitized HTML and its plain-text part; and the variables that had no value. */
record Preview(String subject, String html, String text, Set<String> missing) {}

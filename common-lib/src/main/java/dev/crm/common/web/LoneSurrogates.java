package dev.crm.common.web;

/**
 * Finds a lone surrogate written as a JSON escape ({@code "\ud800"} not followed by a low surrogate, or a
 * low one alone): no character, so the database would store {@code ?} in its place. Fed the bytes of a
 * JSON body as they arrive, in one pass and constant memory; an escaped backslash ({@code \\ud800}) is
 * text, not an escape. Raw surrogates cannot appear: their UTF-8 form is invalid and refused anyway.
 */
final class LoneSurrogates {

    private enum State { TEXT, BACKSLASH, HEX }

    private State state = State.TEXT;
    private int hexDigits;
    private int unit;
    private boolean awaitingLow;
    private boolean found;

    /** Feeds one byte; once a lone surrogate is found, {@link #found()} stays true. */
    void feed(int b) {
        switch (state) {
            case TEXT -> {
                if (b == '\\') {
                    state = State.BACKSLASH;
                } else if (awaitingLow) {
                    found = true;
                }
            }
            case BACKSLASH -> {
                if (b == 'u') {
                    state = State.HEX;
                    hexDigits = 0;
                    unit = 0;
                } else {
                    if (awaitingLow) found = true;
                    state = State.TEXT;
                }
            }
            case HEX -> {
                unit = unit * 16 + Character.digit(b, 16);
                if (++hexDigits == 4) {
                    state = State.TEXT;
                    unit(unit);
                }
            }
        }
    }

    /** Whether the body ended in the middle of a pair: called when it is read to the end. */
    void end() {
        if (awaitingLow) found = true;
    }

    boolean found() {
        return found;
    }

    private void unit(int value) {
        boolean high = value >= 0xD800 && value <= 0xDBFF;
        boolean low = value >= 0xDC00 && value <= 0xDFFF;
        if (awaitingLow) {
            if (!low) found = true;
            awaitingLow = high && !found;
        } else if (low) {
            found = true;
        } else {
            awaitingLow = high;
        }
    }
}

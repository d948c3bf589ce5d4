package dev.crm.common.web;

import java.io.IOException;

/** A JSON body whose text holds a lone surrogate ({@link LoneSurrogates}): refused as unreadable (400). */
final class LoneSurrogateException extends IOException {

    LoneSurrogateException() {
        super("The body's text holds a lone surrogate");
    }
}

package org.cppcc.platform.shared.web;

/** Free text as the forms send it: surrounding blanks dropped, an empty answer stored as no answer. */
public final class Text {

    private Text() {}

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

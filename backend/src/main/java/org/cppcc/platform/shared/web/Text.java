package org.cppcc.platform.shared.web;

/**
 * Free text as the forms send it: surrounding blanks dropped, an empty answer stored as no answer. "Blank"
 * is what a person sees: text of only spaces, no-break spaces, zero-width or other invisible characters is
 * blank, though Java's {@link String#isBlank()} calls {@code "\u200b"} or {@code "\u00a0"} text.
 */
public final class Text {

    private Text() {}

    public static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    /** Null, empty, or nothing a reader could see. */
    public static boolean isBlank(String s) {
        return s == null || s.codePoints().allMatch(Text::isInvisible);
    }

    /** The length a person counts: characters (code points), so that an emoji is one, not two UTF-16 units. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint) // NBSP, ideographic space …
                || type == Character.FORMAT // zero-width space and joiners, BOM, soft hyphen …
                || type == Character.CONTROL
                || codePoint == 0x115F // Hangul fillers and the blank braille pattern render as nothing
                || codePoint == 0x1160
                || codePoint == 0x3164
                || codePoint == 0xFFA0
                || codePoint == 0x2800;
    }
}

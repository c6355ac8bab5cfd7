package org.cppcc.platform.shared.photo;

/** How large a photo may be: in bytes as uploaded, and in pixels as its header states them. */
public record PhotoLimits(long maxBytes, int maxWidth, int maxHeight, long maxPixels) {}

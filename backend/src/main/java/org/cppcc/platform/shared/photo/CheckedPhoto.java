package org.cppcc.platform.shared.photo;

/** A photo that passed {@link PhotoCheck}: the picture encoded again, with nothing else the upload carried. */
public record CheckedPhoto(String contentType, byte[] content, int width, int height) {}

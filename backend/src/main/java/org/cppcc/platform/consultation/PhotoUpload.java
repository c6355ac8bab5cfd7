package org.cppcc.platform.consultation;

/** A photo as uploaded: it is checked (format, size, dimensions, decodable) before anything is stored. */
public record PhotoUpload(String fileName, byte[] content) {}

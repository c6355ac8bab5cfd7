package org.cppcc.platform.consultation;

/** A new matter's id and the tracking code the resident follows it with (together with their phone). */
public record RaisedMatter(long id, String trackingCode) {}

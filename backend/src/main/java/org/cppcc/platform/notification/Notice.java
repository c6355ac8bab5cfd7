package org.cppcc.platform.notification;

/**
 * One message to one or more accounts. {@code category} is one of the categories people choose channels for
 * (PROPOSAL, HANDLING, OFFICE, REMINDER, OVERDUE, CHASE, INSTRUCTION, KEY_PROPOSAL, CONSULTATION); {@code link} is
 * the screen it is about (a path of the web app); {@code sourceKey} names what caused it (the event and the
 * audience) and makes the message unique per account: sending it again does nothing.
 */
public record Notice(String category, String title, String body, String link, String sourceKey) {}

package org.cppcc.platform.notification;

/**
 * One message to one or more accounts. {@code category} groups it in the centre (REMINDER, OVERDUE,
 * CHASE, INSTRUCTION, KEY_PROPOSAL …); {@code link} is the screen it is about (a path of the web app);
 * {@code sourceKey}, when given, makes the message unique per account: sending it again does nothing.
 */
public record Notice(String category, String title, String body, String link, String sourceKey) {}

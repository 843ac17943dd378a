package org.mpscommons.mail;

/** One message to one recipient, in plain text and HTML (the HTML part already escaped by its author). */
public record Mail(String to, String subject, String text, String html) {}

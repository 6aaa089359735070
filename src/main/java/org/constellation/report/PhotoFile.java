package org.constellation.report;

/** A report's photo as pages list it: its name and type, without its bytes. */
public record PhotoFile(Long id, String fileName, String contentType) {}

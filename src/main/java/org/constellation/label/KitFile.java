package org.constellation.label;

/** A file of a label's kit as pages list it: its name and type, without its bytes. */
public record KitFile(Long id, String fileName, String contentType) {}

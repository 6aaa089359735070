package org.constellation.programme;

import jakarta.persistence.Converter;

/** Links, addresses and phone numbers, one per line, since a link may contain a comma. */
@Converter
class LineList extends SeparatedList {
    LineList() {
        super("\n");
    }
}

package org.constellation.programme;

import jakarta.persistence.Converter;

/**
 * Links, addresses and phone numbers, one per line, since a link may contain a comma. Public for the season's bilan,
 * which reads an entry's partners by SQL.
 */
@Converter
public class LineList extends SeparatedList {
    public LineList() {
        super("\n");
    }
}

package org.constellation.programme;

import jakarta.persistence.Converter;

/**
 * Codes and keywords, which never contain a comma. Public for the season's bilan, which reads a report's publics by
 * SQL.
 */
@Converter
public class CodeList extends SeparatedList {
    public CodeList() {
        super(",");
    }
}

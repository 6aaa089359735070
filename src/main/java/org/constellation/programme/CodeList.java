package org.constellation.programme;

import jakarta.persistence.Converter;

/** Codes and keywords, which never contain a comma. */
@Converter
class CodeList extends SeparatedList {
    CodeList() {
        super(",");
    }
}

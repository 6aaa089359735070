package org.constellation.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A view of the case list a member of the team named and kept: its query, as the page's address carries it, and the
 * columns it shows (CaseColumns' ids separated by commas; null: every column).
 */
@Entity
class SavedView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String owner;
    private String name;
    private String query;
    private String columns;

    protected SavedView() {}

    SavedView(String owner, String name, String query, String columns) {
        this.owner = owner;
        this.name = name;
        this.query = query;
        this.columns = columns;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public String getColumns() {
        return columns;
    }

    /** The query of the view's link: its filters, then its columns when it chose some. */
    public String link() {
        return columns == null || columns.isBlank() ? query : query + "&" + CaseColumns.PARAMETER + "=" + columns;
    }
}

package org.constellation.coordination;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of the case table a person shows (issue 28, item 5), named in the address by ids that stay the same
 * whatever the labels become ({@code colonnes=reference,titre}), and kept with a saved view. The reference, the link to
 * the case, always shows. The exports keep all their columns.
 */
final class CaseColumns {

    /** A column: its id in addresses and saved views, and its header. */
    record Column(String id, String label) {}

    /** The address's parameter: ids separated by commas, or the parameter repeated (the page's checkboxes). */
    static final String PARAMETER = "colonnes";

    /** The column that always shows: the case's reference, its link. */
    static final String REFERENCE = "reference";

    /** Every column of the table, in its order. */
    static final List<Column> ALL = List.of(
            new Column(REFERENCE, "Référence"),
            new Column("titre", "Titre"),
            new Column("structure", "Structure"),
            new Column("nature", "Nature"),
            new Column("etat", "État"),
            new Column("etape", "Étape en cours"),
            new Column("tenue", "Tenue par"),
            new Column("echeance", "Échéance"),
            new Column("jours", "Jours dans l’étape"),
            new Column("attente", "En attente de"),
            new Column("priorite", "Priorité"),
            new Column("courriel", "Dernier courriel"),
            new Column("obligations", "Obligations en retard"),
            new Column("etiquettes", "Étiquettes"));

    /** The columns a person may hide: all but the reference. */
    static final List<Column> CHOOSABLE =
            ALL.stream().filter(column -> !column.id().equals(REFERENCE)).toList();

    private CaseColumns() {}

    /**
     * The ids of the columns shown, in the table's order: those asked (each value may hold several ids separated by
     * commas) and the reference; unknown ids are left aside; every column when nothing known is asked.
     */
    static List<String> chosen(String[] asked) {
        Set<String> known = new LinkedHashSet<>();
        if (asked != null) {
            Arrays.stream(asked)
                    .filter(value -> value != null)
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(id -> id.strip().toLowerCase(Locale.ROOT))
                    .forEach(known::add);
        }
        List<String> shown =
                ALL.stream().map(Column::id).filter(known::contains).toList();
        if (shown.isEmpty()) {
            return ALL.stream().map(Column::id).toList();
        }
        return ALL.stream()
                .map(Column::id)
                .filter(id -> id.equals(REFERENCE) || known.contains(id))
                .toList();
    }

    /** What an address or a saved view keeps of the choice: the ids separated by commas, or null for every column. */
    static String kept(List<String> shown) {
        return shown.size() == ALL.size() ? null : String.join(",", shown);
    }

    /** The choice as the end of a query ({@code &colonnes=...}), or "" for every column. */
    static String query(List<String> shown) {
        String kept = kept(shown);
        return kept == null ? "" : "&" + PARAMETER + "=" + kept;
    }
}

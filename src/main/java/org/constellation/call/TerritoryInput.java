package org.constellation.call;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.constellation.call.CommuneRegistry.KnownCommune;

/**
 * Communes as a coordinator types or uploads them (a list of INSEE codes, a spreadsheet's column, {@code insee;nom},
 * {@code cp;commune}, names), read line by line and cell by cell ({@code ;}, {@code ,}, tab, {@code |}). A code is five
 * digits, or 2A/2B and three digits (Corsica); nothing else is read as one.
 *
 * <ul>
 *   <li>An INSEE code is taken as it is, when the text reads as INSEE codes: a header says so, or every code in it is
 *       one. A postal code is no commune: it, and a code that is both (38100 is Le Cheylas, and one of Grenoble's
 *       postal codes), become a {@link Choice} among the communes it may be.
 *   <li>A name is a choice among the communes that bear it; with a code on the same line that leaves one commune
 *       ({@code 38185;Grenoble}, {@code 38000;Grenoble}), that one is taken; a code in a column headed as INSEE code is
 *       taken whatever the name beside it; a code and a name that do not agree are a choice among both.
 *   <li>Anything else is {@code unknown}.
 * </ul>
 */
public record TerritoryInput(List<KnownCommune> communes, List<Choice> choices, List<String> unknown) {

    /** An entry as written, and the communes it may be: the coordinator picks (ticked when there is one). */
    public record Choice(String entry, List<KnownCommune> candidates) {}

    private static final Pattern CODE = Pattern.compile("\\d{5}|2[AB]\\d{3}");
    /** A name followed by its code: "Saint-Paul (33390)", "Grenoble 38000". */
    private static final Pattern CODED_NAME = Pattern.compile("(\\d{5}|2[AB]\\d{3})\\)?$");

    private static final Pattern CELLS = Pattern.compile("[;,\\t|]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> INSEE_HEADERS = Set.of(
            "insee",
            "code insee",
            "code_insee",
            "codeinsee",
            "cog",
            "code commune",
            "code_commune",
            "codgeo",
            "depcom",
            "com",
            "code");
    private static final Set<String> POSTAL_HEADERS =
            Set.of("cp", "code postal", "code_postal", "codepostal", "postcode", "postal code", "code postal commune");
    private static final Set<String> NAME_HEADERS = Set.of(
            "nom",
            "name",
            "commune",
            "communes",
            "libelle",
            "nom commune",
            "nom_commune",
            "nom de la commune",
            "ville",
            "localite");

    private enum Column {
        INSEE,
        POSTAL,
        NAME
    }

    /** One cell's codes, or its text when it is no code. */
    private record Cell(int column, List<String> codes, String text) {}

    public static TerritoryInput read(String text, CommuneRegistry registry) {
        if (text == null || text.isBlank()) {
            return new TerritoryInput(List.of(), List.of(), List.of());
        }
        List<List<Cell>> rows = new ArrayList<>();
        Map<Integer, Column> header = new HashMap<>();
        for (String line : text.split("\\R")) {
            List<Cell> row = cells(line);
            if (row.isEmpty()) {
                continue;
            }
            if (rows.isEmpty() && header.isEmpty() && isHeader(row)) {
                row.forEach(cell -> column(cell.text()).ifPresent(kind -> header.put(cell.column(), kind)));
                continue;
            }
            rows.add(row);
        }
        boolean inseeList = header.containsValue(Column.INSEE)
                || rows.stream()
                        .flatMap(List::stream)
                        .filter(cell -> header.get(cell.column()) != Column.POSTAL)
                        .flatMap(cell -> cell.codes().stream())
                        .allMatch(code -> registry.byInsee(code).isPresent());

        Map<String, KnownCommune> communes = new LinkedHashMap<>();
        Map<String, Choice> choices = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (List<Cell> row : rows) {
            List<Cell> codeCells =
                    row.stream().filter(cell -> !cell.codes().isEmpty()).toList();
            Optional<Cell> name = row.stream()
                    .filter(cell -> cell.codes().isEmpty())
                    .filter(cell -> header.isEmpty() || header.get(cell.column()) == Column.NAME)
                    .findFirst();
            List<String> codes =
                    codeCells.stream().flatMap(cell -> cell.codes().stream()).toList();
            if (name.isPresent() && codes.size() <= 1) {
                String entry = codes.isEmpty() ? name.get().text() : name.get().text() + " " + codes.get(0);
                List<KnownCommune> candidates = registry.named(entry);
                boolean coded = !codes.isEmpty() || CODED_NAME.matcher(entry).find();
                Optional<KnownCommune> vouched =
                        codes.isEmpty() || header.get(codeCells.get(0).column()) != Column.INSEE
                                ? Optional.empty()
                                : registry.byInsee(codes.get(0));
                if (candidates.size() == 1 && coded) {
                    communes.putIfAbsent(candidates.get(0).inseeCode(), candidates.get(0));
                } else if (vouched.isPresent()) {
                    // Its column says INSEE code: the name beside it may be an old or a short one.
                    communes.putIfAbsent(vouched.get().inseeCode(), vouched.get());
                } else if (candidates.isEmpty() && !codes.isEmpty()) {
                    List<KnownCommune> either = new ArrayList<>();
                    registry.byInsee(codes.get(0)).ifPresent(either::add);
                    registry.withPostalCode(codes.get(0)).stream()
                            .filter(c -> !either.contains(c))
                            .forEach(either::add);
                    registry.named(name.get().text()).stream()
                            .filter(c -> !either.contains(c))
                            .forEach(either::add);
                    if (either.isEmpty()) {
                        unknown.add(entry);
                    } else {
                        choices.putIfAbsent(entry, new Choice(entry, either));
                    }
                } else if (candidates.isEmpty()) {
                    unknown.add(entry);
                } else {
                    choices.putIfAbsent(entry, new Choice(entry, candidates));
                }
                continue;
            }
            for (Cell cell : codeCells) {
                Column kind = header.get(cell.column());
                for (String code : cell.codes()) {
                    Optional<KnownCommune> byInsee = kind == Column.POSTAL ? Optional.empty() : registry.byInsee(code);
                    List<KnownCommune> byPostalCode = kind == Column.INSEE ? List.of() : registry.withPostalCode(code);
                    boolean alsoAnother = byPostalCode.stream()
                            .anyMatch(c -> byInsee.map(i -> !i.equals(c)).orElse(true));
                    if (byInsee.isPresent() && (inseeList || !alsoAnother)) {
                        communes.putIfAbsent(code, byInsee.get());
                    } else if (byInsee.isPresent() || !byPostalCode.isEmpty()) {
                        List<KnownCommune> candidates = new ArrayList<>();
                        byInsee.ifPresent(candidates::add);
                        byPostalCode.stream()
                                .filter(c -> !candidates.contains(c))
                                .forEach(candidates::add);
                        choices.putIfAbsent(code, new Choice(code, candidates));
                    } else {
                        unknown.add(code);
                    }
                }
            }
        }
        return new TerritoryInput(List.copyOf(communes.values()), List.copyOf(choices.values()), List.copyOf(unknown));
    }

    private static List<Cell> cells(String line) {
        List<Cell> cells = new ArrayList<>();
        String[] parts = CELLS.split(line, -1);
        for (int column = 0; column < parts.length; column++) {
            String part = parts[column].strip();
            if (part.isEmpty()) {
                continue;
            }
            String[] words = SPACES.split(part);
            List<String> codes = new ArrayList<>();
            for (String word : words) {
                String upper = word.toUpperCase(Locale.ROOT);
                if (CODE.matcher(upper).matches()) {
                    codes.add(upper);
                }
            }
            // A cell of codes only ("38185 38151"); anything else is a name, perhaps with its code ("Grenoble
            // (38000)").
            cells.add(codes.size() == words.length ? new Cell(column, codes, null) : new Cell(column, List.of(), part));
        }
        return cells;
    }

    private static boolean isHeader(List<Cell> row) {
        return row.stream().allMatch(cell -> cell.codes().isEmpty())
                && row.stream().anyMatch(cell -> column(cell.text()).isPresent());
    }

    private static Optional<Column> column(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\"']", "")
                .strip();
        if (INSEE_HEADERS.contains(plain)) {
            return Optional.of(Column.INSEE);
        }
        if (POSTAL_HEADERS.contains(plain)) {
            return Optional.of(Column.POSTAL);
        }
        return NAME_HEADERS.contains(plain) ? Optional.of(Column.NAME) : Optional.empty();
    }
}

package org.constellation.call;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Every commune of France (INSEE's official geographic code, {@code communes/communes.csv}) with its intercommunality
 * and centre, and every intercommunality (EPCI, {@code communes/epci.csv}), both made by {@code tools/communes}: a
 * commune typed on the form is recognised whether or not it is in a call's territory ("Crolles" is a real commune of
 * Isère, near the Métropole; "Grenobel" none), and coordinators build territories from EPCIs, not by hand.
 */
@Component
public class CommuneRegistry {

    /** A commune as INSEE names it, with its EPCI's SIREN code and its centre (null when unknown). */
    public record KnownCommune(
            String inseeCode,
            String name,
            String departement,
            List<String> postalCodes,
            String epci,
            Double latitude,
            Double longitude) {

        /** As a call's territory holds it. */
        public Commune asTerritory() {
            return new Commune(inseeCode, name, latitude, longitude);
        }
    }

    /** An intercommunality: a métropole (METRO), a communauté d'agglomération (CA), de communes (CC)... */
    public record Epci(String siren, String name, String kind) {}

    /** The longest commune name of France has 45 characters; with a code and some spacing, no typed one is longer. */
    private static final int NAME_LENGTH = 100;
    /** "Grenoble (38000)", "Grenoble 38000", "Grenoble, 38100": a name, then perhaps a postal or INSEE code. */
    private static final Pattern TYPED = Pattern.compile("^(.*?)[\\s,(]*(\\d[0-9AB]\\d{3})?\\)?\\s*$");
    /** An EPCI's SIREN number, alone or after its name as the form's list writes it. */
    private static final Pattern SIREN = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    private final Map<String, List<KnownCommune>> byName = new HashMap<>();
    private final Map<String, KnownCommune> byInsee = new HashMap<>();
    private final Map<String, List<KnownCommune>> byPostalCode = new HashMap<>();
    private final Map<Set<String>, List<KnownCommune>> byDepartements = new ConcurrentHashMap<>();
    private final Map<String, Epci> epcis = new LinkedHashMap<>();
    private final List<Epci> epcisByName;
    private final Map<String, List<Epci>> epcisByLooseName = new HashMap<>();
    private final Map<String, List<KnownCommune>> byEpci = new HashMap<>();

    public CommuneRegistry() {
        rows("communes/communes.csv").forEach(fields -> {
            KnownCommune commune = new KnownCommune(
                    fields[0],
                    fields[1],
                    fields[2],
                    fields[3].isBlank() ? List.of() : List.of(fields[3].split(" ")),
                    fields[4].isBlank() ? null : fields[4],
                    coordinate(fields[5]),
                    coordinate(fields[6]));
            byInsee.put(commune.inseeCode(), commune);
            commune.postalCodes()
                    .forEach(code -> byPostalCode
                            .computeIfAbsent(code, c -> new ArrayList<>(1))
                            .add(commune));
            byName.computeIfAbsent(CommuneNames.normalise(commune.name()), name -> new ArrayList<>(1))
                    .add(commune);
            if (commune.epci() != null) {
                byEpci.computeIfAbsent(commune.epci(), epci -> new ArrayList<>())
                        .add(commune);
            }
        });
        rows("communes/epci.csv").forEach(fields -> epcis.put(fields[0], new Epci(fields[0], fields[1], fields[2])));
        // The file is in INSEE's order, not the reader's: « Grenoble-Alpes-Métropole » came 1,239th of 1,255.
        epcisByName = epcis.values().stream()
                .sorted(Comparator.comparing(Epci::name, Collator.getInstance(Locale.FRENCH)))
                .toList();
        epcisByName.forEach(epci -> epcisByLooseName
                .computeIfAbsent(CommuneNames.normalise(epci.name()), name -> new ArrayList<>(1))
                .add(epci));
    }

    private static List<String[]> rows(String resource) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return lines.lines()
                    .filter(line -> !line.startsWith("#"))
                    .map(line -> line.split(";", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is part of the application", e);
        }
    }

    private static Double coordinate(String field) {
        return field.isBlank() ? null : Double.valueOf(field);
    }

    /**
     * The commune a person typed, if it is one: by name, loosely ("St Martin d'Heres"), with a postal or INSEE code to
     * tell homonyms apart, else the one in {@code departements}. Empty when no commune bears that name, or when several
     * do and nothing says which.
     */
    public Optional<KnownCommune> find(String typed, Collection<String> departements) {
        List<KnownCommune> candidates = named(typed);
        if (candidates.size() > 1) {
            candidates = candidates.stream()
                    .filter(c -> departements.contains(c.departement()))
                    .toList();
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * Every commune a name may be, loosely read, narrowed by the postal or INSEE code written after it, if any
     * ("Saint-Paul" is eight communes, "Saint-Paul 33390" one).
     */
    public List<KnownCommune> named(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > NAME_LENGTH) {
            return List.of();
        }
        Matcher parts = TYPED.matcher(typed.strip());
        String name = parts.matches() ? parts.group(1) : typed;
        String code = parts.matches() ? parts.group(2) : null;
        List<KnownCommune> named = byName.getOrDefault(CommuneNames.normalise(name), List.of());
        return code == null
                ? named
                : named.stream()
                        .filter(c ->
                                c.inseeCode().equals(code) || c.postalCodes().contains(code))
                        .toList();
    }

    /** The communes a postal code serves (38000: Grenoble; 38330: four communes). */
    public List<KnownCommune> withPostalCode(String code) {
        return byPostalCode.getOrDefault(code, List.of());
    }

    public Optional<KnownCommune> byInsee(String inseeCode) {
        return Optional.ofNullable(inseeCode == null ? null : byInsee.get(inseeCode));
    }

    /** Every EPCI, by name in French alphabetical order (accents and case as a French reader sorts them). */
    public List<Epci> epcis() {
        return epcisByName;
    }

    public Optional<Epci> epci(String siren) {
        return Optional.ofNullable(siren == null ? null : epcis.get(siren));
    }

    /**
     * The EPCI a coordinator picked or typed: its SIREN number, alone or after its name as the form's list writes it
     * ("Grenoble-Alpes-Métropole (200040715)"), or its name alone, loosely read, when no other EPCI bears it. Empty
     * otherwise: two "CC des Quatre Rivières" need their number.
     */
    public Optional<Epci> findEpci(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > NAME_LENGTH * 2) {
            return Optional.empty();
        }
        Matcher siren = SIREN.matcher(typed);
        if (siren.find()) {
            return epci(siren.group());
        }
        List<Epci> named = epcisByLooseName.getOrDefault(CommuneNames.normalise(typed), List.of());
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The member communes of an EPCI, by INSEE code; none for an unknown one. */
    public List<KnownCommune> membersOf(String siren) {
        return byEpci.getOrDefault(siren, List.of());
    }

    /** The départements a territory lies in: the form suggests their communes. */
    public Set<String> departementsOf(Collection<Commune> territory) {
        Set<String> departements = new LinkedHashSet<>();
        territory.forEach(c -> byInsee(c.inseeCode()).ifPresent(known -> departements.add(known.departement())));
        return departements;
    }

    /** The communes of those départements, by name, for the form's suggestions: worked out once per set. */
    public List<KnownCommune> communesOf(Collection<String> departements) {
        return byDepartements.computeIfAbsent(
                Set.copyOf(departements),
                wanted -> byInsee.values().stream()
                        .filter(c -> wanted.contains(c.departement()))
                        .sorted(Comparator.comparing(KnownCommune::name))
                        .toList());
    }
}

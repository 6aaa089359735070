package org.constellation.call;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Every commune of France (INSEE's official geographic code, {@code communes/communes.csv}, made by
 * {@code tools/communes}), so that a commune typed on the form is recognised whether or not it is in a call's
 * territory: "Crolles" is a real commune of Isère, near the Métropole; "Lyon" one of the Rhône; "Grenobel" none.
 */
@Component
public class CommuneRegistry {

  /** A commune as INSEE names it. */
  public record KnownCommune(String inseeCode, String name, String departement, List<String> postalCodes) {}

  /** "Grenoble (38000)", "Grenoble 38000", "Grenoble, 38100": a name, then perhaps a postal or INSEE code. */
  private static final Pattern TYPED = Pattern.compile("^(.*?)[\\s,(]*(\\d[0-9AB]\\d{3})?\\)?\\s*$");

  private final Map<String, List<KnownCommune>> byName = new HashMap<>();
  private final Map<String, KnownCommune> byInsee = new HashMap<>();
  private final Map<Set<String>, List<KnownCommune>> byDepartements = new ConcurrentHashMap<>();

  public CommuneRegistry() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        new ClassPathResource("communes/communes.csv").getInputStream(), StandardCharsets.UTF_8))) {
      lines.lines().filter(line -> !line.startsWith("#")).forEach(line -> {
        String[] fields = line.split(";", -1);
        KnownCommune commune = new KnownCommune(fields[0], fields[1], fields[2],
            fields[3].isBlank() ? List.of() : List.of(fields[3].split(" ")));
        byInsee.put(commune.inseeCode(), commune);
        byName.computeIfAbsent(CommuneNames.normalise(commune.name()), name -> new ArrayList<>(1)).add(commune);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("communes/communes.csv is part of the application", e);
    }
  }

  /**
   * The commune a person typed, if it is one: by name, loosely ("St Martin d'Heres"), with a postal or INSEE code
   * to tell homonyms apart, else the one in {@code departements}. Empty when no commune bears that name, or when
   * several do and nothing says which.
   */
  public Optional<KnownCommune> find(String typed, Collection<String> departements) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    Matcher parts = TYPED.matcher(typed.strip());
    String name = parts.matches() ? parts.group(1) : typed;
    String code = parts.matches() ? parts.group(2) : null;
    List<KnownCommune> named = byName.getOrDefault(CommuneNames.normalise(name), List.of());
    List<KnownCommune> candidates = code == null ? named
        : named.stream().filter(c -> c.inseeCode().equals(code) || c.postalCodes().contains(code)).toList();
    if (candidates.size() > 1) {
      candidates = candidates.stream().filter(c -> departements.contains(c.departement())).toList();
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  public Optional<KnownCommune> byInsee(String inseeCode) {
    return Optional.ofNullable(inseeCode == null ? null : byInsee.get(inseeCode));
  }

  /** The départements a territory lies in: its nearby communes are theirs (issue 14, until calls say otherwise). */
  public Set<String> departementsOf(Collection<Commune> territory) {
    Set<String> departements = new LinkedHashSet<>();
    territory.forEach(c -> byInsee(c.inseeCode()).ifPresent(known -> departements.add(known.departement())));
    return departements;
  }

  /** The communes of those départements, by name, for the form's suggestions: worked out once per set. */
  public List<KnownCommune> communesOf(Collection<String> departements) {
    return byDepartements.computeIfAbsent(Set.copyOf(departements), wanted -> byInsee.values().stream()
        .filter(c -> wanted.contains(c.departement())).sorted(Comparator.comparing(KnownCommune::name)).toList());
  }
}

package org.constellation.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.constellation.call.CommuneRegistry.KnownCommune;
import org.junit.jupiter.api.Test;

class CommuneRegistryTest {

    static final CommuneRegistry COMMUNES = new CommuneRegistry();
    static final Set<String> ISERE = Set.of("38");

    static String insee(String typed) {
        return COMMUNES.find(typed, ISERE).map(KnownCommune::inseeCode).orElse(null);
    }

    @Test
    void aCommuneIsRecognisedAsPeopleTypeIt() {
        assertThat(insee("Grenoble")).isEqualTo("38185");
        assertThat(insee("Grenoble (38000)")).isEqualTo("38185");
        assertThat(insee("grenoble 38100")).isEqualTo("38185");
        assertThat(insee("St Martin d'Heres")).isEqualTo("38421");
        assertThat(insee("Crolles")).isEqualTo("38140");
        assertThat(insee("Voiron")).isEqualTo("38563");
        assertThat(insee("Lyon")).isEqualTo("69123");
        assertThat(COMMUNES.find("Crolles", ISERE).orElseThrow().name()).isEqualTo("Crolles");
    }

    @Test
    void homonymsNeedACodeOrOneInTheTerritorysDepartements() {
        // Eight Saint-Paul, none in Isère: nothing tells which, so none is chosen.
        assertThat(insee("Saint-Paul")).isNull();
        assertThat(insee("Saint-Paul 33390")).as("its postal code tells").isEqualTo("33458");
        assertThat(COMMUNES.find("Sainte-Colombe", Set.of()).isPresent()).isFalse();
        assertThat(COMMUNES.find("Sainte-Colombe", Set.of("69")).map(KnownCommune::departement))
                .hasValue("69");
    }

    @Test
    void whatIsNoCommuneIsNotGuessed() {
        assertThat(insee("Grenobel")).isNull();
        assertThat(insee("")).isNull();
        assertThat(insee(null)).isNull();
        assertThat(insee("Grenoble (69000)"))
                .as("a code that contradicts the name")
                .isNull();
    }

    @Test
    void aTerritoryLiesInItsDepartements() {
        assertThat(COMMUNES.departementsOf(
                        List.of(new Commune("38185", "Grenoble"), new Commune("38151", "Échirolles"))))
                .containsExactly("38");
        assertThat(COMMUNES.communesOf(ISERE))
                .extracting(KnownCommune::name)
                .contains("Crolles", "Voiron")
                .doesNotContain("Lyon");
    }

    /** The shipped data is the source named (decoupage-administratif 6.0.0): the Métropole has its 49 communes. */
    @Test
    void anEpciGivesItsCommunesAsTheOfficialListHasThem() {
        assertThat(COMMUNES.epci("200040715")).hasValueSatisfying(epci -> {
            assertThat(epci.name()).isEqualTo("Grenoble-Alpes-Métropole");
            assertThat(epci.kind()).isEqualTo("METRO");
        });
        List<KnownCommune> metropole = COMMUNES.membersOf("200040715");
        assertThat(metropole)
                .hasSize(49)
                .extracting(KnownCommune::inseeCode)
                .contains("38185", "38151", "38421", "38533")
                .doesNotContain("38140", "38537");
        assertThat(COMMUNES.epcis()).hasSizeGreaterThan(1200);
        assertThat(COMMUNES.membersOf("000000000")).isEmpty();
    }

    /**
     * The list in a French reader's order (it came in the file's: « Grenoble-Alpes-Métropole » 1,239th of 1,255, after
     * every CC), and an EPCI found as the form's list writes it, by its number, or by its name typed loosely.
     */
    @Test
    void epcisAreInAlphabeticalOrderAndFoundAsTyped() {
        assertThat(COMMUNES.epcis())
                .extracting(CommuneRegistry.Epci::name)
                .isSortedAccordingTo(Collator.getInstance(Locale.FRENCH));
        List<String> names =
                COMMUNES.epcis().stream().map(CommuneRegistry.Epci::name).toList();
        assertThat(names.indexOf("Clermont Auvergne Métropole")).isLessThan(names.indexOf("CU d'Arras"));
        assertThat(names.indexOf("Métropole de Lyon")).isLessThan(names.indexOf("Metz Métropole"));
        assertThat(COMMUNES.findEpci("Grenoble-Alpes-Métropole (200040715)").map(CommuneRegistry.Epci::siren))
                .hasValue("200040715");
        assertThat(COMMUNES.findEpci("200040715")).isPresent();
        assertThat(COMMUNES.findEpci(" grenoble alpes metropole ").map(CommuneRegistry.Epci::siren))
                .hasValue("200040715");
        assertThat(COMMUNES.findEpci("CC des Quatre Rivières"))
                .as("two bear that name")
                .isEmpty();
        assertThat(COMMUNES.findEpci("CC des Quatre Rivières (247400666)").map(CommuneRegistry.Epci::siren))
                .hasValue("247400666");
        assertThat(COMMUNES.findEpci("Grenobel")).isEmpty();
        assertThat(COMMUNES.findEpci("999999999")).isEmpty();
    }

    /** Centres of IGN's outlines: Grenoble's lies in the city, within a kilometre of its town hall. */
    @Test
    void everyCommuneOfTheMetropoleHasACentre() {
        assertThat(COMMUNES.membersOf("200040715"))
                .allSatisfy(c -> assertThat(c.asTerritory().isLocated()).isTrue());
        KnownCommune grenoble = COMMUNES.byInsee("38185").orElseThrow();
        assertThat(grenoble.latitude()).isBetween(45.17, 45.20);
        assertThat(grenoble.longitude()).isBetween(5.70, 5.74);
        assertThat(grenoble.epci()).isEqualTo("200040715");
    }
}

package org.constellation.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.call.CommuneRegistry.KnownCommune;
import org.constellation.call.TerritoryInput.Choice;
import org.junit.jupiter.api.Test;

class TerritoryInputTest {

    static final CommuneRegistry COMMUNES = CommuneRegistryTest.COMMUNES;

    static TerritoryInput read(String text) {
        return TerritoryInput.read(text, COMMUNES);
    }

    static List<String> codes(TerritoryInput input) {
        return input.communes().stream().map(KnownCommune::inseeCode).toList();
    }

    static List<String> candidates(Choice choice) {
        return choice.candidates().stream().map(KnownCommune::inseeCode).toList();
    }

    @Test
    void aListOfInseeCodesIsTakenAsItIs() {
        TerritoryInput read = read("38185 38151, 38421;2A004\n\n38100");
        assertThat(codes(read)).containsExactly("38185", "38151", "38421", "2A004", "38100");
        assertThat(read.choices()).isEmpty();
        assertThat(read.unknown()).isEmpty();
    }

    /** The probe's file: the letters of the names were read as codes (« codes INSEE inconnus : B, A »). */
    @Test
    void aFileWithANameColumnReadsTheCodesAndNothingOfTheNames() {
        TerritoryInput read = read("insee;nom\n38185;Grenoble\n38151;Échirolles\n38421;Saint-Martin-d'Hères");
        assertThat(codes(read)).containsExactly("38185", "38151", "38421");
        assertThat(read.choices()).isEmpty();
        assertThat(read.unknown()).isEmpty();
    }

    @Test
    void aPostalCodeOrANameIsAChoiceAmongTheCommunesItMayBe() {
        TerritoryInput read = read("38000\nMeylan\nSaint-Paul\n38330");
        assertThat(read.communes()).isEmpty();
        assertThat(read.choices()).extracting(Choice::entry).containsExactly("38000", "Meylan", "Saint-Paul", "38330");
        assertThat(candidates(read.choices().get(0))).containsExactly("38185");
        assertThat(candidates(read.choices().get(1))).containsExactly("38229");
        assertThat(read.choices().get(2).candidates()).hasSizeGreaterThan(5);
        assertThat(read.choices().get(3).candidates()).hasSizeGreaterThan(1);
    }

    @Test
    void aNameWithItsCodeIsOneCommune() {
        assertThat(codes(read("38000;Grenoble\nSaint-Paul (33390)"))).containsExactly("38185", "33458");
        assertThat(codes(read("cp;commune\n38100;Grenoble"))).containsExactly("38185");
    }

    /** 38100 is Le Cheylas' INSEE code and one of Grenoble's postal codes: among postal codes, it is asked. */
    @Test
    void aCodeThatIsBothIsAskedWhenTheListHoldsPostalCodes() {
        TerritoryInput read = read("38100\n38000");
        assertThat(read.communes()).isEmpty();
        assertThat(candidates(read.choices().get(0))).containsExactly("38100", "38185");
        assertThat(codes(read("code_postal\n38100"))).isEmpty();
        assertThat(codes(read("insee\n38100"))).containsExactly("38100");
    }

    @Test
    void anInseeColumnIsBelievedAndACodeAndANameThatDisagreeAreAsked() {
        assertThat(codes(read("code_insee;nom\n38421;Saint-Martin-d'Hères-sur-Isère")))
                .containsExactly("38421");
        assertThat(codes(read("38100;Grenoble")))
                .as("Grenoble's postal code, named")
                .containsExactly("38185");
        TerritoryInput disagreeing = read("38421;Meylan");
        assertThat(disagreeing.communes()).isEmpty();
        assertThat(candidates(disagreeing.choices().get(0))).containsExactly("38421", "38229");
    }

    @Test
    void whatIsNoCommuneIsUnknown() {
        assertThat(read("Grenobel\n99999\n38185").unknown()).containsExactly("Grenobel", "99999");
        assertThat(read("ABBA").unknown()).containsExactly("ABBA");
    }
}

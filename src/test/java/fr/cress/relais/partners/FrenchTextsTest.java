package fr.cress.relais.partners;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Phone numbers, dates and names as French partners write them. */
class FrenchTextsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "02 31 06 09 23|02 31 06 09 23", "02.31.06.09.23|02 31 06 09 23", "0231060923|02 31 06 09 23",
            "+33 2 31 06 09 23|02 31 06 09 23", "+33 (0)2 31 06 09 23|02 31 06 09 23", "0033231060923|02 31 06 09 23",
            "231060923|02 31 06 09 23", "06-12-34-56-78|06 12 34 56 78", "+32 2 123 45 67|+32 2 123 45 67"})
    void phonesAreNormalised(String typed, String expected) {
        assertThat(Phones.normalise(typed)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"12", "02 31 06 09", "standard", "02 31 06 09 23 45", "+33"})
    void whatIsNotAPhoneIsSaid(String typed) {
        assertThat(Phones.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"26/11/2026|2026-11-26", "26/11/26|2026-11-26", "1/3/2007|2007-03-01",
            "2026-11-26|2026-11-26", "26-11-2026|2026-11-26", "26.11.2026|2026-11-26", "15/03/98|1998-03-15",
            "2024-03-15T00:00|2024-03-15"})
    void frenchDatesAreRead(String typed, LocalDate expected) {
        assertThat(FrenchDates.parse(typed, TODAY)).contains(expected);
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(FrenchDates.parse("31/02/2026", TODAY)).isEqualTo(Optional.empty());
        assertThat(FrenchDates.parse("mars 2007", TODAY)).isEmpty();
        assertThat(FrenchDates.parse(" ", TODAY)).isEmpty();
    }

    @Test
    void foldingIgnoresAccentsCaseAndLigatures() {
        assertThat(Texts.fold("Œuvre Écouché")).isEqualTo("oeuvre ecouche");
        assertThat(Texts.key("Territoires etc.")).isEqualTo(Texts.key("TERRITOIRES ETC"));
        assertThat(Texts.key("Date d’adhésion")).isEqualTo("datedadhesion");
    }

    @Test
    void emailsAreCheckedAndExtracted() {
        assertThat(Emails.isValid("claire.lemonnier@cress.example.org")).isTrue();
        assertThat(Emails.isValid("claire@cress")).isFalse();
        assertThat(Emails.isValid("claire lemonnier@cress.fr")).isFalse();
        assertThat(Emails.extract("Claire Lemonnier <claire@cress.fr>")).isEqualTo("claire@cress.fr");
        assertThat(Emails.extract("mailto:claire@cress.fr")).isEqualTo("claire@cress.fr");
    }
}

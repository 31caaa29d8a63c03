package fr.cress.relais.partners.importing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.cress.relais.partners.importing.ImportField.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Header rows in any order and wording. */
class ColumnGuesserTest {

    @Test
    void synonymsOfFrenchHeadersAreRecognised() {
        assertThat(ColumnGuesser.guess(List.of("Raison sociale", "SIGLE", "Code postal", "Ville", "Site internet",
                "Mots-clés", "Forme juridique", "Code INSEE")).fields())
                .containsExactly(ORG_NAME, ACRONYM, POSTAL_CODE, TOWN, WEBSITE, TAGS, LEGAL_FORM, COMMUNE_CODE);
    }

    @Test
    void aGenericEmailOrPhoneIsTheContactsWhenTheFileNamesPeople() {
        assertThat(ColumnGuesser.guess(List.of("Structure", "Nom", "Prénom", "Mail", "Tél.")).fields())
                .containsExactly(ORG_NAME, LAST_NAME, FIRST_NAME, CONTACT_EMAIL, CONTACT_PHONE);
        assertThat(ColumnGuesser.guess(List.of("Nom", "Adresse", "Courriel", "Téléphone")).fields())
                .containsExactly(ORG_NAME, ADDRESS, ORG_EMAIL, ORG_PHONE);
        assertThat(ColumnGuesser.guess(List.of("Structure", "Contact", "Courriel", "Mail contact")).fields())
                .containsExactly(ORG_NAME, FULL_NAME, ORG_EMAIL, CONTACT_EMAIL);
    }

    @Test
    void unknownAndRepeatedHeadersAreIgnored() {
        assertThat(ColumnGuesser.guess(List.of("Structure", "N° SIRET", "Organisme", "")).fields())
                .containsExactly(ORG_NAME, null, null, null);
    }

    @Test
    void aMappingIsRememberedByItsHeaderSignature() {
        ColumnMapping mapping = ColumnGuesser.guess(List.of("Structure", "Divers")).with(1, ORG_NOTES);
        ColumnMapping sameShape = ColumnGuesser.guess(List.of("STRUCTURE ", "divers"));
        assertThat(sameShape.signature()).isEqualTo(mapping.signature());
        assertThat(ColumnMapping.decode(sameShape.headers(), mapping.encode())).contains(
                new ColumnMapping(sameShape.headers(), List.of(ORG_NAME, ORG_NOTES)));
        assertThat(ColumnMapping.decode(List.of("a"), mapping.encode())).isEmpty();
        assertThat(mapping.with(0, ORG_NOTES).fields()).containsExactly(ORG_NOTES, null);
    }

    @Test
    void fullNamesAreSplitTheFrenchWay() {
        assertThat(FullNames.split("Claire LEMONNIER")).containsExactly("Claire", "LEMONNIER");
        assertThat(FullNames.split("LE GOFF Jean-Marc")).containsExactly("Jean-Marc", "LE GOFF");
        assertThat(FullNames.split("Jean-Marc Le Goff")).containsExactly("Jean-Marc", "Le Goff");
        assertThat(FullNames.split("Lemonnier")).containsExactly(null, "Lemonnier");
    }
}

package fr.cress.relais.partners.importing;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.exchange.FileLimits;
import fr.cress.relais.exchange.TableSource;
import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.DirectorySnapshot;
import fr.cress.relais.partners.GroupService;
import fr.cress.relais.partners.MemberRole;
import fr.cress.relais.partners.Membership;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.partners.PartnerService;
import fr.cress.relais.partners.WorkGroup;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing partner lists as partners send them: the same list from Excel and from CSV (Windows-1252 with
 * semicolons, UTF-8 with BOM and commas) gives what typing it gives; twice gives no duplicates; broken or
 * hostile files are refused with a French message and change nothing.
 */
class ImportServiceTest {

    private static final String FIXTURES = "/fr/cress/relais/partners/import/";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    private final List<Relais> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Relais::close);
    }

    private Relais demo() {
        Relais relais = TestStores.demoRelais(dir);
        opened.add(relais);
        return relais;
    }

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ImportServiceTest.class.getResourceAsStream(FIXTURES + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static ImportCounts importFile(Relais relais, Path file) {
        return relais.partners().imports().importFile(file, false, false, Progress.NONE);
    }

    /** The list of the fixtures, typed in the forms. */
    private static void typeTheList(Relais relais) {
        PartnerService partners = relais.partners().partners();
        GroupService groups = relais.partners().groups();
        Directory demo = partners.directory();
        Organisation aes = partners.save(new Organisation(null, "Association Écouché Solidarité", "AES",
                OrganisationKind.SUPPORT_NETWORK, null, "3 rue de l’Église", "61150", "Écouché", null, null,
                "contact@ecouche-solidarite.fr", "02.33.35.10.20", List.of(), null, 0, null));
        Contact helene = partners.save(new Contact(null, "Hélène", "Lefèvre", "Présidente",
                "helene.lefevre@ecouche-solidarite.fr", "06 12 34 56 78", null, ConsentBasis.LEGITIMATE_INTEREST, TODAY,
                false, List.of(aes.id()), 0, null));
        groups.save(new Membership(null, group(demo, "Entreprendre autrement en Basse-Normandie"), aes.id(),
                MemberRole.MEMBER, LocalDate.of(2024, 3, 15), null, null, List.of(helene.id()), 0));
        Organisation bocage = partners.save(new Organisation(null, "Coopérative Bocage & Cie", null,
                OrganisationKind.SSE_ENTERPRISE, null, "12 place du Marché", "14500", "Vire Normandie", null, null, null,
                "+33 2 31 68 00 11", List.of(), null, 0, null));
        partners.save(new Contact(null, "François", "Duchêne", "Gérant", "f.duchene@bocage-cie.fr", null, null,
                ConsentBasis.LEGITIMATE_INTEREST, TODAY, false, List.of(bocage.id()), 0, null));
        Contact anais = partners.save(new Contact(null, "Anaïs", "Morel", "Chargée de projet", "a.morel@bocage-cie.fr",
                null, null, ConsentBasis.LEGITIMATE_INTEREST, TODAY, false, List.of(bocage.id()), 0, null));
        groups.save(new Membership(null, group(demo, "Groupe de travail « Salon Planète Créa »"), bocage.id(),
                MemberRole.MEMBER, LocalDate.of(2025, 9, 1), null, null, List.of(anais.id()), 0));
        partners.save(new Organisation(null, "Fonds Œuvre Normande; solidarité", "FON", OrganisationKind.FUNDER, null,
                null, "14000", "Caen", null, null, "info@fon.fr", "0231000000", List.of(), null, 0, null));
    }

    private static long group(Directory d, String name) {
        return d.groups().stream().filter(g -> g.name().equals(name)).map(WorkGroup::id).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"partenaires.xlsx", "partenaires-windows1252.csv", "partenaires-utf8-bom.csv"})
    void importingTheListGivesWhatTypingItGives(String fixture) throws IOException {
        Relais typed = demo();
        typeTheList(typed);
        Relais imported = demo();

        ImportCounts counts = importFile(imported, fixture(fixture));

        assertThat(counts.organisationsCreated()).isEqualTo(3);
        assertThat(counts.contactsCreated()).isEqualTo(3);
        assertThat(counts.membershipsCreated()).isEqualTo(2);
        assertThat(counts.errorRows()).isZero();
        assertThat(DirectorySnapshot.of(imported.partners().partners().directory()))
                .isEqualTo(DirectorySnapshot.of(typed.partners().partners().directory()));
    }

    @Test
    void theFilesAreReadWithTheirEncodingSeparatorAndHeaderRow() throws IOException {
        Relais relais = demo();
        ImportService imports = relais.partners().imports();
        ImportFile cp1252 = imports.inspect(fixture("partenaires-windows1252.csv"));
        assertThat(cp1252.source().charset().name()).isEqualTo("windows-1252");
        assertThat(cp1252.source().delimiter()).isEqualTo(';');
        assertThat(cp1252.headers()).contains("Tél.", "Prénom");
        ImportFile bom = imports.inspect(fixture("partenaires-utf8-bom.csv"));
        assertThat(bom.source().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(bom.source().delimiter()).isEqualTo(',');
        assertThat(bom.headers().get(0)).isEqualTo("Nom de la structure");
        ImportFile xlsx = imports.inspect(fixture("partenaires.xlsx"));
        assertThat(xlsx.source().format()).isEqualTo(TableSource.Format.XLSX);
        assertThat(xlsx.headerLine()).isEqualTo(3);
        assertThat(xlsx.guessed().fields()).containsExactly(ImportField.ORG_NAME, ImportField.ACRONYM,
                ImportField.KIND, ImportField.ADDRESS, ImportField.POSTAL_CODE, ImportField.TOWN, ImportField.ORG_EMAIL,
                ImportField.ORG_PHONE, ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.JOB_TITLE,
                ImportField.CONTACT_EMAIL, ImportField.CONTACT_PHONE, ImportField.JOINED_ON, ImportField.GROUP);
    }

    @Test
    void importingTheListTwiceOrInAnotherFormatCreatesNoDuplicates() throws IOException {
        Relais relais = demo();
        importFile(relais, fixture("partenaires-windows1252.csv"));
        Map<String, Long> before = relais.stats();
        var snapshot = DirectorySnapshot.of(relais.partners().partners().directory());

        ImportFile again = relais.partners().imports().inspect(fixture("partenaires.xlsx"));
        ImportPreview preview = relais.partners().imports().preview(again, again.guessed(), Progress.NONE);
        assertThat(preview.plan().rows()).extracting(PlannedRow::status).containsOnly(RowStatus.DUPLICATE);
        ImportCounts counts = importFile(relais, fixture("partenaires-utf8-bom.csv"));

        assertThat(counts.skippedRows()).isEqualTo(4);
        assertThat(counts.organisationsCreated() + counts.contactsCreated() + counts.membershipsCreated()
                + counts.recordsUpdated()).isZero();
        assertThat(relais.stats()).isEqualTo(before);
        assertThat(DirectorySnapshot.of(relais.partners().partners().directory())).isEqualTo(snapshot);
    }

    @Test
    void thePreviewSaysWhatEachRowDoesAndWhy() throws IOException {
        Relais relais = demo();
        Path file = dir.resolve("liste.csv");
        Files.writeString(file, String.join("\n",
                "Structure;Sigle;Ville;Tél.;Prénom;Nom;Courriel",
                "URSCOP;URSCOP;Hérouville-Saint-Clair;02 31 06 09 23;Thomas;Guérin;thomas.guerin@urscop.example.org",
                "Atelier du Bocage;;Vire;;Jean;Martin;jean.martin@bocage.fr",
                "Atelier du Bocage;;Vire;;Paul;Martin;jean.martin@bocage.fr",
                "Union régionale des SCOP de l’Ouest (délégation Basse-Normandie);;;;;;",
                ";;Caen;;Anne;Leroux;anne@x",
                "Boutique de gestion;;Caen;12;Marc;Petit;"), StandardCharsets.UTF_8);
        ImportFile inspected = relais.partners().imports().inspect(file);
        ImportPreview preview = relais.partners().imports().preview(inspected, inspected.guessed(), Progress.NONE);
        I18n i18n = I18n.french();

        List<PlannedRow> rows = preview.plan().rows();
        assertThat(rows).extracting(PlannedRow::status).containsExactly(RowStatus.UPDATE, RowStatus.NEW,
                RowStatus.DUPLICATE, RowStatus.DUPLICATE, RowStatus.ERROR, RowStatus.ERROR);
        assertThat(rows.get(0).reasons(i18n)).isEqualTo("Mise à jour\u202F: téléphone du contact");
        assertThat(rows.get(1).reasons(i18n)).isEqualTo("Nouvelle organisation\u202F; Nouveau contact\u202F: Jean Martin");
        assertThat(rows.get(2).reasons(i18n)).isEqualTo("Doublon de la ligne 3 (même courriel)");
        assertThat(rows.get(3).reasons(i18n)).isEqualTo("Déjà dans l’annuaire, rien de nouveau");
        assertThat(rows.get(4).reasons(i18n)).startsWith("Nom de l’organisation manquant.")
                .contains("«\u202Fanne@x\u202F» n’est pas une adresse valide");
        assertThat(rows.get(5).reasons(i18n)).contains("«\u202F12\u202F» n’est pas un numéro valide");

        Map<String, Long> before = relais.stats();
        assertThatThrownBy(() -> relais.partners().imports().apply(preview, false, Progress.NONE))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).details()).containsExactly(
                        "Ligne 6\u202F: " + rows.get(4).reasons(i18n), "Ligne 7\u202F: " + rows.get(5).reasons(i18n)));
        assertThat(relais.stats()).isEqualTo(before);

        ImportCounts counts = relais.partners().imports().apply(preview, true, Progress.NONE);
        assertThat(counts.organisationsCreated()).isEqualTo(1);
        assertThat(counts.errorRows()).isEqualTo(2);
        assertThat(relais.partners().partners().directory().contacts())
                .filteredOn(c -> "Guérin".equals(c.lastName())).singleElement()
                .satisfies(c -> assertThat(c.phone()).isEqualTo("02 31 06 09 23"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "vide.csv|est vide",
            "vide.xlsx|est vide",
            "texte-renomme.xlsx|n’est pas un classeur Excel valide (.xlsx). Enregistrez-le à nouveau depuis Excel ou LibreOffice",
            "tronque.xlsx|est incomplet ou endommagé",
            "protege.xlsx|est protégé par un mot de passe",
            "guillemet-non-ferme.csv|est mal formé"})
    void aBrokenFileIsRefusedWithAFrenchMessageAndChangesNothing(String name, String message) throws IOException {
        assertRefused(fixture(name), message);
    }

    @Test
    void anOversizedFileIsRefusedBeforeBeingRead() throws IOException {
        Path big = dir.resolve("énorme.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(FileLimits.STANDARD.maxBytes() + 1);
        }
        assertRefused(big, "est trop volumineux");
    }

    @Test
    void aWorkbookWithExternalEntitiesIsRefused() throws IOException {
        Path hostile = dir.resolve("entites.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(fixture("partenaires.xlsx")));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(hostile))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    bytes = xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertRefused(hostile, "contenu anormal");
    }

    @Test
    void aFileWithMoreRowsThanAllowedIsRefused() throws IOException {
        Relais relais = demo();
        Path file = dir.resolve("long.csv");
        StringBuilder csv = new StringBuilder("Structure;Ville\n");
        for (int i = 0; i < 30; i++) {
            csv.append("Structure ").append(i).append(";Caen\n");
        }
        Files.writeString(file, csv);
        ImportService strict = new ImportService(relais.store(), I18n.french(), TestStores.CLOCK, new FileLimits(1_000_000,
                10_000_000, 100, 20, 32_767, 100_000, 64, 100_000, 1900, 2100));
        Map<String, Long> before = relais.stats();
        assertThatThrownBy(() -> strict.importFile(file, false, false, Progress.NONE))
                .satisfies(e -> assertThat(new ErrorMessages(I18n.french()).describe(e)).contains("trop volumineux"));
        assertThat(relais.stats()).isEqualTo(before);
    }

    @Test
    void aFileWithoutAnOrganisationColumnIsRefused() throws IOException {
        Path file = dir.resolve("personnes.csv");
        Files.writeString(file, "Prénom;Fonction\nClaire;Chargée de mission\n");
        assertRefused(file, "Aucune colonne ne donne le nom des organisations");
    }

    private void assertRefused(Path file, String message) {
        Relais relais = demo();
        Map<String, Long> before = relais.stats();
        assertThatThrownBy(() -> importFile(relais, file))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(new ErrorMessages(I18n.french()).describe(e)).contains(message)
                        .doesNotContain("Exception"));
        assertThat(relais.stats()).isEqualTo(before);
        opened.remove(relais);
        relais.close();
    }
}

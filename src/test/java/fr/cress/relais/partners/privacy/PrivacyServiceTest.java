package fr.cress.relais.partners.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cress.relais.app.Relais;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.Membership;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.testing.TestStores;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.cress.relais.db.generated.Tables.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

/** The RGPD duties: everything about a person, erasing a person, reviewing inactive contacts. */
class PrivacyServiceTest {

    @TempDir
    Path dir;

    private Relais relais;
    private PrivacyService privacy;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        privacy = relais.partners().privacy();
    }

    @AfterEach
    void close() {
        relais.close();
    }

    private Contact contact(String lastName) {
        return relais.partners().partners().directory().contacts().stream()
                .filter(c -> lastName.equals(c.lastName())).findFirst().orElseThrow();
    }

    @Test
    void aPersonsDataIsGatheredWithWhatOtherFeaturesRegisterAndWrittenAsExcelAndJson() throws Exception {
        Contact thomas = contact("Guérin");
        privacy.register(id -> List.of(new DataSection("Présences", List.of("Réunion", "Date"),
                List.of(List.of("Groupe projet", LocalDate.of(2008, 7, 17))))));

        ContactDossier dossier = privacy.dossier(thomas.id());
        assertThat(dossier.sections()).extracting(DataSection::title)
                .containsExactly("Identité", "Organisations", "Représentations", "Présences",
                        "Historique des modifications");
        assertThat(dossier.sections().get(2).rows()).hasSizeGreaterThanOrEqualTo(3);

        DossierWriter writer = new DossierWriter(relais.core().i18n());
        Path json = dir.resolve("thomas.json");
        writer.writeJson(dossier, json);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("contact").asText()).isEqualTo("Thomas Guérin");
        assertThat(root.get("sections").get(0).get("rows").toString()).contains("thomas.guerin@urscop.example.org");
        assertThat(root.get("sections").get(3).get("rows").get(0).get("Date").asText()).isEqualTo("2008-07-17");

        Path xlsx = dir.resolve(writer.suggestedName(dossier) + ".xlsx");
        writer.writeXlsx(dossier, xlsx);
        assertThat(xlsx.getFileName().toString()).isEqualTo("Données personnelles - Thomas Guérin - 2026-11-26.xlsx");
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(wb.getSheet("Identité").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Données personnelles de Thomas Guérin – Identité");
        }
    }

    @Test
    void erasingAPersonLeavesAnAnonymousPlaceholderThatHistoryStillPointsTo() {
        Contact thomas = contact("Guérin");
        List<Long> represented = relais.partners().partners().directory().memberships().stream()
                .filter(m -> m.representativeIds().contains(thomas.id())).map(Membership::id).toList();

        privacy.erase(thomas);

        Directory after = relais.partners().partners().directory();
        assertThat(after.contacts()).noneMatch(c -> c.id().equals(thomas.id()));
        var row = relais.store().dsl().selectFrom(CONTACT).where(CONTACT.ID.eq(thomas.id())).fetchOne();
        assertThat(row.getLastName()).isEqualTo("Contact supprimé");
        assertThat(row.getFirstName()).isNull();
        assertThat(row.getEmail()).isNull();
        assertThat(row.getPhone()).isNull();
        assertThat(row.getNotes()).isNull();
        assertThat(row.getAnonymised()).isTrue();
        assertThat(after.memberships()).filteredOn(m -> represented.contains(m.id()))
                .hasSize(represented.size()).allSatisfy(m -> assertThat(m.representativeIds()).contains(thomas.id()));
    }

    @Test
    void contactsWithoutActivityForSomeYearsAreListedOldestFirst() {
        Map<Long, LocalDate> attendance = Map.of(contact("Besnard").id(), LocalDate.of(2019, 5, 1));

        assertThat(privacy.inactive(10)).extracting(i -> i.contact().lastName()).containsExactly("Besnard");
        privacy.register(() -> attendance);
        assertThat(privacy.inactive(10)).isEmpty();
        assertThat(privacy.inactive(5)).singleElement().satisfies(i -> {
            assertThat(i.contact().lastName()).isEqualTo("Besnard");
            assertThat(i.organisations()).isEqualTo("CAE 61");
            assertThat(i.lastActivity()).isEqualTo(LocalDate.of(2019, 5, 1));
        });
        assertThat(relais.partners().partners().directory().organisations()).extracting(Organisation::shortName)
                .contains("CAE 61");
    }
}

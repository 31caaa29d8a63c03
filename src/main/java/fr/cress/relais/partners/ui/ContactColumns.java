package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.function.Function;

/**
 * The columns of the contacts list: name, organisations, job title, e-mail, phone, sorted by name at first. Their
 * cells draw their text without a label ({@link PlainTextCell}): a keystroke of the filter may put another contact
 * in every visible row.
 */
final class ContactColumns {

    private ContactColumns() {
    }

    static void addTo(TableView<ContactRow> table, I18n i18n) {
        table.getColumns().addAll(List.of(
                column("name", i18n.t("partners.contact.name"), 200, ContactRow::name),
                column("organisations", i18n.t("partners.contact.organisations"), 170, ContactRow::organisations),
                column("jobTitle", i18n.t("partners.contact.jobTitle"), 200, ContactRow::jobTitle),
                column("email", i18n.t("partners.contact.email"), 220, ContactRow::email),
                column("phone", i18n.t("partners.contact.phone"), 120, ContactRow::phone)));
        table.getSortOrder().add(table.getColumns().get(0));
    }

    private static <V> TableColumn<ContactRow, V> column(String id, String header, double width,
                                                         Function<ContactRow, V> value) {
        TableColumn<ContactRow, V> column = Columns.of(id, header, width, value);
        column.setCellFactory(c -> new PlainTextCell<>(String::valueOf));
        return column;
    }
}

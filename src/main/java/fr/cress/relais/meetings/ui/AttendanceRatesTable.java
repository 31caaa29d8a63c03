package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.meetings.AttendanceRate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * How often each organisation came to the group's held meetings: « 2 / 3 » per year, and in all with a bar
 * and a percentage.
 */
final class AttendanceRatesTable extends TableView<AttendanceRate> {

    private final I18n i18n;

    AttendanceRatesTable(I18n i18n) {
        this.i18n = i18n;
        setId("attendance-rates");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(i18n.t("meetings.rates.empty")));
    }

    void show(List<AttendanceRate> rates) {
        List<TableColumn<AttendanceRate, ?>> columns = new ArrayList<>();
        TableColumn<AttendanceRate, String> org = new TableColumn<>(i18n.t("meetings.col.organisation"));
        org.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().organisation()));
        org.setComparator(Formats.frenchOrder());
        org.setPrefWidth(170);
        columns.add(org);
        TreeSet<Integer> years = new TreeSet<>();
        rates.forEach(r -> years.addAll(r.byYear().keySet()));
        for (int year : years) {
            TableColumn<AttendanceRate, String> column = new TableColumn<>(Integer.toString(year));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(ratio(c.getValue().byYear().get(year))));
            column.setPrefWidth(60);
            column.getStyleClass().add("numeric");
            columns.add(column);
        }
        TableColumn<AttendanceRate, AttendanceRate.Ratio> total = new TableColumn<>(i18n.t("meetings.rates.total"));
        total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().total()));
        total.setComparator(Comparator.comparingDouble(AttendanceRate.Ratio::rate));
        total.setCellFactory(c -> new BarCell());
        total.setPrefWidth(200);
        columns.add(total);
        getColumns().setAll(columns);
        getItems().setAll(rates);
    }

    private static String ratio(AttendanceRate.Ratio r) {
        return r == null ? "" : r.attended() + " / " + r.invited();
    }

    /** A small bar and the percentage. */
    private static final class BarCell extends TableCell<AttendanceRate, AttendanceRate.Ratio> {
        private final ProgressBar bar = new ProgressBar();
        private final Label text = new Label();
        private final HBox box = new HBox(8, bar, text);

        BarCell() {
            bar.getStyleClass().add("attendance-bar");
            bar.setPrefWidth(90);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(AttendanceRate.Ratio item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.invited() == 0) {
                setGraphic(null);
                return;
            }
            bar.setProgress(item.rate());
            text.setText(Formats.percent(item.rate()) + "  (" + ratio(item) + ")");
            setGraphic(box);
        }
    }
}

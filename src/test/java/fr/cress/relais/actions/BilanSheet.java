package fr.cress.relais.actions;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Bilan sheet as a reader of the file sees it: each action with the axis and objective it is listed
 * under, its row, and the rows of its indicators. Read back with POI, nothing taken from the code.
 */
final class BilanSheet {

    private static final Pattern AXIS = Pattern.compile("\\d+");
    private static final Pattern OBJECTIVE = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern ACTION = Pattern.compile("\\d+\\.\\d+\\.[a-z]+");

    record IndicatorRow(Row row, String name, String unit, Double year, Double planned, Double achieved) {
    }

    record ActionRow(String axis, String objective, Row row, String title, String status,
                     List<IndicatorRow> indicators) {
    }

    final Map<String, Row> axisRows = new LinkedHashMap<>();
    final Map<String, Row> objectiveRows = new LinkedHashMap<>();
    final List<ActionRow> actions = new ArrayList<>();
    Row totalRow;
    final int headerRow;

    BilanSheet(Sheet sheet) {
        int header = -1;
        String axis = null;
        String objective = null;
        ActionRow current = null;
        for (Row row : sheet) {
            String ref = text(row, 0);
            if (header < 0) {
                if ("Réf.".equals(ref)) {
                    header = row.getRowNum();
                }
                continue;
            }
            if ("Total".equals(ref)) {
                totalRow = row;
            } else if (AXIS.matcher(ref).matches()) {
                axis = ref;
                axisRows.put(ref, row);
            } else if (OBJECTIVE.matcher(ref).matches()) {
                objective = ref;
                objectiveRows.put(ref, row);
            } else if (ACTION.matcher(ref).matches() && !text(row, BilanWriter.LABEL).isEmpty()) {
                current = new ActionRow(axis, objective, row, text(row, BilanWriter.LABEL),
                        text(row, BilanWriter.STATUS), new ArrayList<>());
                actions.add(current);
            } else if (ACTION.matcher(ref).matches() && current != null) {
                current.indicators().add(new IndicatorRow(row, text(row, BilanWriter.INDICATOR),
                        text(row, BilanWriter.UNIT), number(row, BilanWriter.YEAR), number(row, BilanWriter.PLANNED),
                        number(row, BilanWriter.ACHIEVED)));
            }
        }
        this.headerRow = header;
    }

    ActionRow action(String titleFragment) {
        List<ActionRow> found = actions.stream().filter(a -> a.title().contains(titleFragment)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one action containing « " + titleFragment + " », found " + found.size());
        }
        return found.get(0);
    }

    /** The text a spreadsheet shows for the cell (formulas: their saved result, formatted). */
    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        DataFormatter formatter = new DataFormatter();
        if (cell.getCellType() == CellType.FORMULA) {
            if (cell.getCachedFormulaResultType() != CellType.NUMERIC) {
                return cell.getCachedFormulaResultType() == CellType.STRING ? cell.getStringCellValue() : "";
            }
            return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString()).strip();
        }
        return formatter.formatCellValue(cell).strip();
    }

    static Double number(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? cell.getNumericCellValue() : null;
    }
}

package fr.cress.relais.partners.ui;

import fr.cress.relais.common.text.Formats;
import fr.cress.relais.partners.FrenchDates;
import javafx.util.StringConverter;

import java.time.Clock;
import java.time.LocalDate;

/** Date pickers show 26/11/2026 and accept 26/11/26, 26-11-2026 or 2026-11-26 typed by hand. */
final class FrenchDateConverter extends StringConverter<LocalDate> {

    private final Clock clock;

    FrenchDateConverter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String toString(LocalDate date) {
        return Formats.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        return FrenchDates.parse(text, LocalDate.now(clock)).orElse(null);
    }
}

package fr.cress.relais.safety;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/** How a backup is named to the user: « 26/11/2026 à 10 h 30 », « fermeture de Relais », « 1,2 Mo ». */
public final class BackupLabels {

    private final I18n i18n;

    public BackupLabels(I18n i18n) {
        this.i18n = i18n;
    }

    public String when(LocalDateTime at) {
        return i18n.t("safety.when", Formats.date(at.toLocalDate()), Formats.timeProse(at.toLocalTime()));
    }

    public String kind(BackupFile backup) {
        return backup.reason().map(i18n::label).orElse(i18n.t("safety.backup.reason.other"));
    }

    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return i18n.t("safety.size.kb", Formats.integer(Math.max(1, Math.round(bytes / 1024.0))));
        }
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP);
        return i18n.t("safety.size.mb", Formats.number(mb));
    }
}

package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.holders.FollowUp;

/** « 1re relance à faire depuis le 12/11/2026 », « Relance prévue le 06/12/2026 »... */
final class FollowUpText {

    private FollowUpText() {
    }

    static String of(I18n i18n, FollowUp followUp) {
        return i18n.t(followUp.status().labelKey(), Formats.date(followUp.date()));
    }
}

package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.holders.Need;
import fr.cress.relais.holders.Referral;
import fr.cress.relais.holders.ReferralLine;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One referral: the partner and the contact to call, when and for what, then where its follow-up stands
 * (due reminders stand out) or its outcome.
 */
final class ReferralCell extends ListCell<ReferralLine> {

    private final I18n i18n;
    private final Label partner = new Label();
    private final Label when = new Label();
    private final Label status = new Label();
    private final VBox box = new VBox(2, partner, when, status);

    ReferralCell(I18n i18n) {
        this.i18n = i18n;
        partner.getStyleClass().add("referral-partner");
        when.getStyleClass().add("text-muted");
        partner.setWrapText(true);
        box.getStyleClass().add("referral-cell");
    }

    @Override
    protected void updateItem(ReferralLine line, boolean empty) {
        super.updateItem(line, empty);
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        Referral r = line.referral();
        partner.setText(Stream.of(r.organisationName(), r.contactName(), r.contactPhone())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · ")));
        when.setText(r.needKey() == null
                ? i18n.t("holders.referrals.on", Formats.date(r.referredOn()))
                : i18n.t("holders.referrals.onFor", Formats.date(r.referredOn()), i18n.label(new Need(r.needKey()))));
        status.getStyleClass().removeAll("holders-due", "referral-outcome");
        if (r.outcome() != null) {
            status.setText(i18n.t("holders.referrals.outcomeOn", i18n.label(r.outcome()), Formats.date(r.outcomeOn())));
            status.getStyleClass().add("referral-outcome");
        } else {
            status.setText(FollowUpText.of(i18n, line.followUp()));
            if (line.followUp().isDue()) {
                status.getStyleClass().add("holders-due");
            }
        }
        setGraphic(box);
    }
}

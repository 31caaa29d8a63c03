package fr.cress.relais.holders.ui;

import fr.cress.relais.common.feature.DashboardCard;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.holders.ReferralLine;
import fr.cress.relais.holders.ReferralService;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Tableau de bord: « Orientations à relancer ». How many referrals wait for a follow-up today, the oldest
 * few, and a link to the holders' section filtered on them.
 */
public final class FollowUpCard implements DashboardCard {

    private static final int SHOWN = 5;

    private final ReferralService service;
    private final UiContext ui;
    private final I18n i18n;
    private final Label count = new Label();
    private final VBox lines = new VBox(4);
    private final VBox node;

    public FollowUpCard(ReferralService service, UiContext ui) {
        this.service = service;
        this.ui = ui;
        this.i18n = ui.i18n();
        count.setId("holders-followup-count");
        count.getStyleClass().add("title-3");
        Hyperlink open = new Hyperlink(i18n.t("holders.card.open"));
        open.setId("holders-followup-open");
        open.setOnAction(e -> ui.navigator().show(SectionId.HOLDERS, HoldersView.FOLLOW_UPS));
        node = new VBox(8, count, lines, open);
        node.setId("holders-followup-card");
        node.getStylesheets().add(java.util.Objects.requireNonNull(
                FollowUpCard.class.getResource("/fr/cress/relais/holders/holders.css")).toExternalForm());
        refresh();
    }

    @Override
    public String titleKey() {
        return "holders.card.title";
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public void refresh() {
        ui.tasks().job(i18n.t("holders.card.loading"), p -> service.dueFollowUps())
                .onSuccess(this::show)
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private void show(List<ReferralLine> due) {
        count.setText(due.isEmpty() ? i18n.t("holders.card.none") : i18n.t("holders.card.count", due.size()));
        lines.getChildren().setAll(due.stream().limit(SHOWN).map(this::line).toList());
        if (due.size() > SHOWN) {
            lines.getChildren().add(new Label(i18n.t("holders.card.more", due.size() - SHOWN)));
        }
    }

    private Node line(ReferralLine l) {
        Label label = new Label(i18n.t("holders.card.line", l.referral().holderName(), l.referral().organisationName(),
                FollowUpText.of(i18n, l.followUp())));
        label.setWrapText(true);
        label.getStyleClass().add("holders-followup-line");
        return label;
    }
}

package fr.cress.relais.holders.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.holders.PartnerRef;
import fr.cress.relais.holders.ReferralLine;
import fr.cress.relais.holders.ReferralOutcome;
import fr.cress.relais.holders.ReferralService;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;

/** The referrals of the selected holder, and what the user does with them; every change runs in the background. */
final class ReferralsViewModel {

    /** What the referral dialog produced. */
    record Request(PartnerRef partner, PartnerRef.ContactRef contact, String needKey, LocalDate on, String reason) {
    }

    private final ReferralService service;
    private final UiContext ui;
    private final Runnable changed;
    private final ObservableList<ReferralLine> lines = FXCollections.observableArrayList();
    private Long holderId;

    ReferralsViewModel(ReferralService service, UiContext ui, Runnable changed) {
        this.service = service;
        this.ui = ui;
        this.changed = changed;
    }

    void show(Long holder) {
        this.holderId = holder;
        reload();
    }

    void reload() {
        if (holderId == null) {
            lines.clear();
            return;
        }
        long id = holderId;
        ui.tasks().job(ui.i18n().t("holders.referrals.loading"), p -> service.forHolder(id))
                .onSuccess(list -> {
                    if (holderId != null && holderId == id) {
                        lines.setAll(list);
                    }
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    void refer(Request r) {
        long id = holderId;
        run(() -> service.refer(id, r.partner().id(), r.contact() == null ? null : r.contact().id(), r.needKey(),
                r.on(), r.reason()));
    }

    void followedUp(ReferralLine line) {
        run(() -> service.followedUp(line.referral().id(), line.referral().version()));
    }

    void outcome(ReferralLine line, ReferralOutcome outcome, LocalDate on) {
        run(() -> service.recordOutcome(line.referral(), outcome, on));
    }

    void delete(ReferralLine line) {
        run(() -> service.delete(line.referral().id(), line.referral().version()));
    }

    private void run(Runnable change) {
        ui.tasks().job(ui.i18n().t("holders.referrals.saving"), p -> {
                    change.run();
                    return null;
                })
                .onSuccess(r -> {
                    reload();
                    changed.run();
                })
                .onFailure(error -> {
                    ui.dialogs().showError(error);
                    reload();
                })
                .start();
    }

    ObservableList<ReferralLine> lines() {
        return lines;
    }

    LocalDate today() {
        return service.today();
    }
}

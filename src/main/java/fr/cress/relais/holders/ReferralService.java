package fr.cress.relais.holders;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.feature.Core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Referrals of holders to partners: create one, record « relance faite » and the outcome, and list those
 * due for follow-up today ({@link FollowUpRule}, today taken from the core's clock).
 */
public final class ReferralService {

    private final Core core;
    private final FollowUpRule rule = new FollowUpRule();

    ReferralService(Core core) {
        this.core = core;
    }

    public LocalDate today() {
        return LocalDate.now(core.clock());
    }

    public List<ReferralLine> forHolder(long holderId) {
        return lines(new ReferralRepository(core.dsl()).forHolder(holderId));
    }

    /** Referrals to follow up today, the longest waiting (oldest referral) first. */
    public List<ReferralLine> dueFollowUps() {
        return due(new ReferralRepository(core.dsl()).open());
    }

    /** The same for the holders {@code holderIds} only. */
    List<ReferralLine> dueFollowUps(java.util.Collection<Long> holderIds) {
        return due(new ReferralRepository(core.dsl()).open(holderIds));
    }

    private List<ReferralLine> due(List<Referral> open) {
        return lines(open).stream()
                .filter(l -> l.followUp().isDue())
                .sorted(Comparator.comparing((ReferralLine l) -> l.referral().referredOn())
                        .thenComparing(l -> l.referral().holderName()))
                .toList();
    }

    /** Refers a holder to a partner (and one of its contacts) for a need; returns the referral's id. */
    public long refer(long holderId, long organisationId, Long contactId, String needKey, LocalDate on,
                      String reason) {
        if (on == null || on.isAfter(today())) {
            throw new BadInputException("holders.referral.invalid.date");
        }
        String need = needKey == null || needKey.isBlank() ? null
                : Need.of(needKey).map(Need::key).orElseThrow(() -> new BadInputException("holders.invalid.need"));
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        return core.store().transaction(dsl ->
                new ReferralRepository(dsl).insert(holderId, organisationId, contactId, need, on, text));
    }

    /** « Relance faite » today. */
    public void followedUp(long id, int version) {
        new ReferralRepository(core.dsl()).followedUp(id, version, today());
    }

    /** Records what came of a referral; a null outcome reopens it. */
    public void recordOutcome(Referral referral, ReferralOutcome outcome, LocalDate on) {
        if (outcome != null && (on == null || on.isAfter(today()) || on.isBefore(referral.referredOn()))) {
            throw new BadInputException("holders.referral.invalid.outcomeDate");
        }
        new ReferralRepository(core.dsl()).outcome(referral.id(), referral.version(), outcome,
                outcome == null ? null : on);
    }

    public void delete(long id, int version) {
        new ReferralRepository(core.dsl()).delete(id, version);
    }

    private List<ReferralLine> lines(List<Referral> referrals) {
        LocalDate today = today();
        return referrals.stream().map(r -> new ReferralLine(r, rule.status(r, today))).toList();
    }
}

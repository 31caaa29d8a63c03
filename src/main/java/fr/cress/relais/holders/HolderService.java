package fr.cress.relais.holders;

import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.feature.Core;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Holders: the list, the form's load and save (all or nothing), the recycle bin and RGPD erasure. */
public final class HolderService {

    private final Core core;
    private final ReferralService referrals;
    private final HolderValidator validator;
    private final CommuneDirectory communes;

    HolderService(Core core, ReferralService referrals, CommuneDirectory communes) {
        this.core = core;
        this.referrals = referrals;
        this.communes = communes;
        this.validator = new HolderValidator(core.i18n());
    }

    public LocalDate today() {
        return LocalDate.now(core.clock());
    }

    /** Every holder, with the number of its referrals due for follow-up today. */
    public List<HolderRow> rows() {
        List<ReferralLine> due = referrals.dueFollowUps();
        return withDue(new HolderRepository(core.dsl()).rows(), due);
    }

    /**
     * The first {@code limit} rows of {@link #rows()}, in the same order and with the same figures, read with
     * only what they need: the list shows them while the rest is read.
     */
    public List<HolderRow> firstRows(int limit) {
        List<HolderRow> head = new HolderRepository(core.dsl()).firstRows(limit);
        return withDue(head, referrals.dueFollowUps(head.stream().map(HolderRow::id).toList()));
    }

    /** The number of rows {@link #rows()} gives. */
    public int count() {
        return new HolderRepository(core.dsl()).count();
    }

    private static List<HolderRow> withDue(List<HolderRow> rows, List<ReferralLine> dueLines) {
        Map<Long, Long> due = dueLines.stream()
                .collect(Collectors.groupingBy(l -> l.referral().holderId(), Collectors.counting()));
        return rows.stream()
                .map(r -> new HolderRow(r.id(), r.displayName(), r.projectName(), r.communeCode(), r.communeName(),
                        r.stage(), r.needs(), r.firstContactOn(), r.channel(), r.anonymised(), r.referrals(),
                        due.getOrDefault(r.id(), 0L).intValue()))
                .toList();
    }

    /** The holder as saved now; empty when it is gone. */
    public Optional<Holder> find(long id) {
        return new HolderRepository(core.dsl()).find(id);
    }

    public Holder get(long id) {
        return new HolderRepository(core.dsl()).find(id)
                .orElseThrow(() -> new AppException("holders.error.notFound"));
    }

    /** Checks and saves a holder (new or edited); returns its id. A refused holder changes nothing. */
    public long save(Holder holder) {
        Holder clean = normalise(holder);
        validator.require(clean, today(), code -> commune(code).isPresent());
        return core.store().transaction(dsl -> {
            HolderRepository repository = new HolderRepository(dsl);
            if (clean.isNew()) {
                return repository.insert(clean);
            }
            repository.update(clean);
            return clean.id();
        });
    }

    public void delete(long id, int version) {
        core.store().transaction(dsl -> {
            new HolderRepository(dsl).delete(id, version);
            return null;
        });
    }

    public void restore(long id) {
        new HolderRepository(core.dsl()).restore(id);
    }

    /** RGPD erasure: the person disappears, the counts stay. */
    public void anonymise(long id, int version) {
        core.store().transaction(dsl -> {
            new HolderRepository(dsl).anonymise(id, version, core.i18n().t("holders.anonymised.name", id));
            return null;
        });
    }

    /** Every commune of the territory reference, sorted by name, for the commune picker. */
    public List<CommuneRef> communes() {
        return communes.all();
    }

    public Optional<CommuneRef> commune(String code) {
        return communes.find(code);
    }

    public List<PartnerRef> partners() {
        return new PartnerLookupRepository(core.dsl()).partners();
    }

    public HolderValidator validator() {
        return validator;
    }

    private static Holder normalise(Holder h) {
        String display = strip(h.displayName());
        if (display == null && !h.collective() && h.lastName() != null) {
            display = PartnerLookupRepository.personName(strip(h.firstName()), strip(h.lastName()));
        }
        List<String> needs = List.copyOf(new LinkedHashSet<>(h.needs().stream()
                .map(n -> Need.of(n).map(Need::key).orElse(n)).toList()));
        return new Holder(h.id(), h.version(), display == null ? "" : display, h.collective(), strip(h.firstName()),
                strip(h.lastName()), strip(h.email()), strip(h.phone()), h.consentBasis(), h.consentDate(),
                strip(h.projectName()), strip(h.projectSummary()), h.sector(), strip(h.communeCode()), h.stage(),
                h.legalForm(), h.firstContactOn(), h.firstContactChannel(), strip(h.notes()), h.anonymised(), needs);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

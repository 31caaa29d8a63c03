package fr.cress.relais.actions;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.feature.BilanContribution;
import fr.cress.relais.common.feature.BilanTable;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.common.ui.FileNames;
import fr.cress.relais.db.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** The files of the actions feature: the bilan of a programme and the action plans of the partners. */
public final class ActionExportService {

    private final Store store;
    private final ProgrammeService programmes;
    private final I18n i18n;
    private final Clock clock;
    private final List<BilanContribution> contributions = new CopyOnWriteArrayList<>();

    public ActionExportService(Store store, ProgrammeService programmes, I18n i18n, Clock clock) {
        this.store = store;
        this.programmes = programmes;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** « Bilan 2007-2009 - CRESS.xlsx ». */
    public String bilanFileName(Programme programme) {
        return FileNames.safe(i18n.t("actions.bilan.fileName", programme.years())) + ".xlsx";
    }

    /** « Plan d’action 2007-2009 - URSCOP.xlsx ». */
    public String planFileName(Programme programme, OrganisationRef partner) {
        return FileNames.safe(i18n.t("actions.plan.fileName", programme.years(), partner.label())) + ".xlsx";
    }

    /** Adds figures of another feature to every bilan written from now on (see {@link BilanContribution}). */
    public void addBilanContribution(BilanContribution contribution) {
        contributions.add(contribution);
    }

    /** The bilan: the programme's sheets, then the sheets contributed by other features for its years. */
    public Path writeBilan(long programmeId, Path file) {
        ProgrammeSnapshot snapshot = programmes.snapshot(programmeId);
        Programme p = snapshot.programme();
        List<BilanTable> contributed = contributions.stream()
                .flatMap(c -> c.tables(p.startYear(), p.endYear()).stream()).toList();
        return write(file, () -> new BilanWriter(snapshot, i18n, today(), contributed).write(file));
    }

    /** Partners of the programme's actions and owners of open action items, in French alphabetical order. */
    public List<OrganisationRef> planPartners(long programmeId) {
        ProgrammeSnapshot snapshot = programmes.snapshot(programmeId);
        Set<Long> ids = new LinkedHashSet<>();
        snapshot.actions().forEach(a -> snapshot.partnersOf(a).forEach(p -> ids.add(p.organisationId())));
        ids.addAll(new ActionItemRepository(store.dsl()).ownersWithOpenItems());
        Collator collator = Formats.collator();
        return ids.stream().flatMap(id -> snapshot.directory().organisation(id).stream())
                .sorted((a, b) -> collator.compare(a.label(), b.label())).toList();
    }

    /** The organisation whose acronym (or name) is {@code text}, accents and case ignored. */
    public OrganisationRef partner(String text) {
        Collator collator = Formats.collator();
        String wanted = text == null ? "" : text.strip();
        List<OrganisationRef> all = Directory.load(store.dsl()).organisations();
        return all.stream().filter(o -> o.acronym() != null && collator.equals(o.acronym(), wanted)).findFirst()
                .or(() -> all.stream().filter(o -> collator.equals(o.name(), wanted)).findFirst())
                .orElseThrow(() -> new BadInputException("actions.plan.unknownPartner", wanted));
    }

    public Path writePlan(long programmeId, long organisationId, Path file) {
        ProgrammeSnapshot snapshot = programmes.snapshot(programmeId);
        OrganisationRef partner = snapshot.directory().organisation(organisationId)
                .orElseThrow(() -> new BadInputException("actions.plan.unknownPartner", organisationId));
        List<OpenItem> items = new ActionItemRepository(store.dsl()).openItemsOwnedBy(organisationId);
        return write(file, () -> new ActionPlanWriter(snapshot, partner, items, i18n, today()).write(file));
    }

    /** One action plan per partner in {@code folder}; returns the files written. Stops when cancelled. */
    public List<Path> writeAllPlans(long programmeId, Path folder, Progress progress) {
        Programme programme = programmes.snapshot(programmeId).programme();
        List<OrganisationRef> partners = planPartners(programmeId);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new AppException(e, "actions.export.folderFailed", folder);
        }
        List<Path> written = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < partners.size(); i++) {
            progress.checkCancelled();
            progress.update(i, partners.size());
            OrganisationRef partner = partners.get(i);
            written.add(writePlan(programmeId, partner.id(), folder.resolve(unique(names, planFileName(programme, partner)))));
        }
        progress.update(partners.size(), partners.size());
        return written;
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate.toLowerCase()); i++) {
            candidate = name.substring(0, name.length() - ".xlsx".length()) + " (" + i + ").xlsx";
        }
        return candidate;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private interface FileWork {
        void run() throws IOException;
    }

    private static Path write(Path file, FileWork work) {
        try {
            work.run();
            return file;
        } catch (IOException e) {
            throw new AppException(e, "actions.export.writeFailed", file);
        }
    }
}

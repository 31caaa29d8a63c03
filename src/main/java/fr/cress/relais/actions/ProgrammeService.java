package fr.cress.relais.actions;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.db.Store;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Programmes, axes and objectives: reading, rules on saving, and a new programme started from a previous one. */
public final class ProgrammeService {

    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private final Store store;
    private final Clock clock;

    public ProgrammeService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<Programme> programmes() {
        return new ProgrammeRepository(store.dsl()).programmes();
    }

    public Optional<Programme> programme(long id) {
        return new ProgrammeRepository(store.dsl()).programme(id);
    }

    /** The programme whose years contain today, else the latest one. */
    public Optional<Programme> current() {
        return current(programmes());
    }

    /** The programme of {@code all} whose years contain today, else the latest one (no reading). */
    public Optional<Programme> current(List<Programme> all) {
        int year = LocalDate.now(clock).getYear();
        return all.stream().filter(p -> p.covers(year)).findFirst()
                .or(() -> all.stream().max(Comparator.comparingInt(Programme::endYear)
                        .thenComparingInt(Programme::startYear).thenComparingLong(Programme::id)));
    }

    /** « current », a programme id, or its years (« 2007-2009 »), as typed on the command line. */
    public Programme resolve(String idOrCurrent) {
        if (idOrCurrent == null || "current".equalsIgnoreCase(idOrCurrent.strip())) {
            return current().orElseThrow(() -> new BadInputException("actions.programme.none"));
        }
        Optional<Programme> byYears = programmes().stream().filter(p -> p.years().equals(idOrCurrent.strip())
                && !idOrCurrent.strip().matches("\\d{1,3}")).findFirst();
        if (byYears.isPresent()) {
            return byYears.get();
        }
        try {
            return programme(Long.parseLong(idOrCurrent.strip()))
                    .orElseThrow(() -> new BadInputException("actions.programme.unknown", idOrCurrent));
        } catch (NumberFormatException e) {
            throw new BadInputException("actions.programme.unknown", idOrCurrent);
        }
    }

    public ProgrammeSnapshot snapshot(long programmeId) {
        return store.transaction(dsl -> ProgrammeSnapshot.load(dsl, new ProgrammeRepository(dsl).programme(programmeId)
                .orElseThrow(() -> new BadInputException("actions.programme.unknown", programmeId))));
    }

    /**
     * The programme with the organisations' names but not the contacts: what the tree, its filter and the
     * summaries show. The contacts to choose from come separately ({@link ActionService#directory()}).
     */
    public ProgrammeSnapshot outline(long programmeId) {
        return store.transaction(dsl -> ProgrammeSnapshot.loadOutline(dsl, new ProgrammeRepository(dsl)
                .programme(programmeId).orElseThrow(() -> new BadInputException("actions.programme.unknown", programmeId))));
    }

    /** The programme without the directory's names: for figures (dashboard, totals). */
    public ProgrammeSnapshot figures(long programmeId) {
        return store.transaction(dsl -> ProgrammeSnapshot.loadFigures(dsl, new ProgrammeRepository(dsl)
                .programme(programmeId).orElseThrow(() -> new BadInputException("actions.programme.unknown", programmeId))));
    }

    /** Creates or updates a programme; returns its id. */
    public long save(Programme programme) {
        checkProgramme(programme);
        return store.transaction(dsl -> {
            ProgrammeRepository repository = new ProgrammeRepository(dsl);
            if (programme.id() == null) {
                return repository.insert(programme);
            }
            repository.update(programme);
            return programme.id();
        });
    }

    public long save(Axis axis) {
        requireTitle(axis.title());
        return store.transaction(dsl -> {
            ProgrammeRepository repository = new ProgrammeRepository(dsl);
            if (axis.id() == null) {
                return repository.insert(axis);
            }
            repository.update(axis);
            return axis.id();
        });
    }

    public long save(Objective objective) {
        requireTitle(objective.title());
        return store.transaction(dsl -> {
            ProgrammeRepository repository = new ProgrammeRepository(dsl);
            if (objective.id() == null) {
                return repository.insert(objective);
            }
            repository.update(objective);
            return objective.id();
        });
    }

    /** Deletes a programme with everything in it. */
    public void deleteProgramme(long id) {
        store.transaction(dsl -> {
            new ProgrammeRepository(dsl).deleteProgramme(id);
            return null;
        });
    }

    /** Deletes an axis and its objectives; their actions stay in the programme, without objective. */
    public void deleteAxis(long id) {
        store.transaction(dsl -> {
            new ProgrammeRepository(dsl).deleteAxis(id);
            return null;
        });
    }

    /** Deletes an objective; its actions stay in the programme, without objective. */
    public void deleteObjective(long id) {
        store.transaction(dsl -> {
            new ProgrammeRepository(dsl).deleteObjective(id);
            return null;
        });
    }

    /**
     * Starts a new programme from {@code previousId}: same axes and objectives; with {@code copyActions},
     * its actions too, planned for the new years (indicators and budgets keep their planned figures, moved by
     * as many years as the programme, without anything achieved, granted or received). One transaction.
     */
    public long startFrom(long previousId, String name, int startYear, int endYear, boolean copyActions) {
        Programme draft = new Programme(null, name, startYear, endYear, null, previousId, 0);
        checkProgramme(draft);
        return store.transaction(dsl -> new ProgrammeCopy(dsl, previousId, draft, copyActions).run());
    }

    static void checkProgramme(Programme p) {
        requireTitle(p.name());
        if (p.startYear() < MIN_YEAR || p.endYear() > MAX_YEAR || p.endYear() < p.startYear()) {
            throw new BadInputException("actions.programme.badYears", MIN_YEAR, MAX_YEAR);
        }
    }

    static void requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new BadInputException("actions.validation.titleRequired");
        }
    }

    /** Used by the copy: a programme read within the copy's transaction. */
    static Programme require(DSLContext dsl, long id) {
        return new ProgrammeRepository(dsl).programme(id)
                .orElseThrow(() -> new BadInputException("actions.programme.unknown", id));
    }
}

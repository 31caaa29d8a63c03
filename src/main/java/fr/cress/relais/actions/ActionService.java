package fr.cress.relais.actions;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.db.Store;
import org.jooq.DSLContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Joint actions: reading one with everything attached, saving it as a whole (checked, versioned), deleting. */
public final class ActionService {

    private final Store store;
    private final Attachments attachments;
    private final I18n i18n;

    public ActionService(Store store, Path attachmentsDir, I18n i18n) {
        this.store = store;
        this.attachments = new Attachments(attachmentsDir);
        this.i18n = i18n;
    }

    /** The action as saved now; empty when it is gone. */
    public java.util.Optional<ActionDetail> find(long actionId) {
        try {
            return java.util.Optional.of(detail(actionId));
        } catch (BadInputException gone) {
            return java.util.Optional.empty();
        }
    }

    public ActionDetail detail(long actionId) {
        return store.transaction(dsl -> {
            ActionRepository repository = new ActionRepository(dsl);
            return repository.detail(repository.action(actionId)
                    .orElseThrow(() -> new BadInputException("actions.action.gone")));
        });
    }

    public Directory directory() {
        return Directory.load(store.dsl());
    }

    /**
     * Saves an action and its children in one transaction. Refused with the list of problems when a rule is
     * broken, or when someone else saved it meanwhile (its version moved on). Returns what was saved.
     */
    public ActionDetail save(ActionDetail detail) {
        List<Problem> problems = ActionRules.check(detail);
        if (!problems.isEmpty()) {
            throw new BadInputException((Throwable) null, problems.stream().map(p -> i18n.t(p.key(), p.args())).toList(),
                    "actions.validation.invalid");
        }
        List<Path> copies = new ArrayList<>();
        List<ActionFile> before = new ArrayList<>();
        ActionDetail saved;
        try {
            saved = store.transaction(dsl -> write(dsl, detail, copies, before));
        } catch (RuntimeException e) {
            copies.forEach(attachments::delete);
            throw e;
        }
        attachments.forgetRemoved(before, saved.files());
        return saved;
    }

    private ActionDetail write(DSLContext dsl, ActionDetail detail, List<Path> copies, List<ActionFile> before) {
        ActionRepository repository = new ActionRepository(dsl);
        JointAction a = detail.action();
        long id;
        if (a.id() == null) {
            id = repository.insert(withRank(a, repository.nextRank(a.programmeId(), a.objectiveId())));
        } else {
            JointAction stored = repository.action(a.id())
                    .orElseThrow(() -> new BadInputException("actions.action.gone"));
            before.addAll(repository.files(a.id()));
            boolean moved = !Objects.equals(stored.objectiveId(), a.objectiveId());
            repository.update(moved ? withRank(a, repository.nextRank(a.programmeId(), a.objectiveId())) : a);
            id = a.id();
        }
        List<ActionFile> files = attachments.resolve(id, detail.files(), copies);
        repository.replaceChildren(id, new ActionDetail(a, detail.partners(), detail.contactIds(), files,
                detail.indicators(), detail.budget()));
        return repository.detail(repository.action(id).orElseThrow());
    }

    /** Deletes an action, its indicators, budget lines and the copies of its files. */
    public void delete(long actionId) {
        List<ActionFile> files = store.transaction(dsl -> {
            ActionRepository repository = new ActionRepository(dsl);
            List<ActionFile> attached = repository.files(actionId);
            repository.delete(actionId);
            return attached;
        });
        attachments.forgetRemoved(files, List.of());
    }

    /** Where a linked or copied file is on this computer. */
    public Path locate(ActionFile file) {
        return attachments.locate(file);
    }

    private static JointAction withRank(JointAction a, int rank) {
        return new JointAction(a.id(), a.programmeId(), a.objectiveId(), rank, a.title(), a.kind(), a.status(),
                a.startYear(), a.endYear(), a.startDate(), a.endDate(), a.place(), a.description(), a.results(),
                a.notes(), a.version());
    }
}

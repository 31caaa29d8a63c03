package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.Axis;
import fr.cress.relais.actions.JointAction;
import fr.cress.relais.actions.Objective;
import fr.cress.relais.actions.Programme;

/** One node of the programme tree: the programme, an axis, an objective, the actions without objective, an action. */
record TreeEntry(Kind kind, Object value, String ref, String label) {

    enum Kind { PROGRAMME, AXIS, OBJECTIVE, LOOSE, ACTION }

    Programme programme() {
        return (Programme) value;
    }

    Axis axis() {
        return (Axis) value;
    }

    Objective objective() {
        return (Objective) value;
    }

    JointAction action() {
        return (JointAction) value;
    }

    boolean isAction() {
        return kind == Kind.ACTION;
    }

    /** The same node in another load of the tree: same kind and id. */
    boolean sameAs(TreeEntry other) {
        return other != null && other.kind == kind && id() != null && id().equals(other.id());
    }

    Long id() {
        return switch (kind) {
            case PROGRAMME -> programme().id();
            case AXIS -> axis().id();
            case OBJECTIVE -> objective().id();
            case ACTION -> action().id();
            case LOOSE -> -1L;
        };
    }
}

package fr.cress.relais.actions.ui.editor;

import fr.cress.relais.actions.OrganisationRef;
import fr.cress.relais.actions.PartnerRole;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** An organisation taking part in the action being edited, with its role. */
public final class PartnerRow {

    final ObjectProperty<OrganisationRef> organisation = new SimpleObjectProperty<>();
    final ObjectProperty<PartnerRole> role = new SimpleObjectProperty<>(PartnerRole.CONTRIBUTOR);

    PartnerRow(OrganisationRef organisation, PartnerRole role) {
        this.organisation.set(organisation);
        this.role.set(role);
    }

    Observable[] observables() {
        return new Observable[]{organisation, role};
    }

    public ObjectProperty<OrganisationRef> organisationProperty() {
        return organisation;
    }

    public ObjectProperty<PartnerRole> roleProperty() {
        return role;
    }
}

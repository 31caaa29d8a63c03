package fr.cress.relais.territory.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.territory.ContactInfo;
import fr.cress.relais.territory.CoveringOffer;
import fr.cress.relais.territory.OfferSummary;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryOffer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.util.function.Supplier;

/** The panel beside the map: who covers the clicked territory, or what the clicked organisation offers. */
final class DetailsPanel {

    private final I18n i18n;
    private final Supplier<String> serviceLabel;
    private final VBox content = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(content);

    DetailsPanel(I18n i18n, Supplier<String> serviceLabel) {
        this.i18n = i18n;
        this.serviceLabel = serviceLabel;
        content.getStyleClass().add("map-details");
        content.setId("map-details");
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(330);
        scroll.setMinWidth(260);
        scroll.getStyleClass().add("map-details-scroll");
        show(null);
    }

    Node node() {
        return scroll;
    }

    void show(MapViewModel.Detail detail) {
        content.getChildren().clear();
        if (detail instanceof MapViewModel.TerritoryDetail t) {
            territory(t);
        } else if (detail instanceof MapViewModel.OrganisationDetail o) {
            organisation(o);
        } else {
            Label hint = text(i18n.t("territory.details.hint"), "text-muted");
            content.getChildren().add(hint);
        }
    }

    private void territory(MapViewModel.TerritoryDetail detail) {
        TerritoryCoverage c = detail.coverage();
        content.getChildren().addAll(text(c.territory().name(), "title-3"),
                text(i18n.t("territory.details.facts", i18n.label(c.territory().level()), c.territory().code(),
                        Formats.integer(c.territory().population())), "text-muted"),
                text(c.isGap() ? i18n.t("territory.details.gap", serviceLabel.get())
                        : i18n.t("territory.details.covered", c.structureCount(), Formats.percent(c.share())),
                        c.isGap() ? "details-gap" : "details-covered"),
                text(i18n.t("territory.details.who", serviceLabel.get()), "title-4"));
        for (TerritoryOffer offer : detail.offers()) {
            content.getChildren().add(offer(offer));
        }
    }

    private Node offer(TerritoryOffer territoryOffer) {
        CoveringOffer offer = territoryOffer.offer();
        VBox card = new VBox(2);
        card.getStyleClass().add("details-card");
        card.getChildren().addAll(text(offer.shortName() + " – " + i18n.label(offer.service()), "details-card-title"),
                text(i18n.t("territory.details.via", i18n.label(offer.level()), offer.territoryName(),
                        Formats.percent(territoryOffer.share())), "text-muted"));
        if (offer.publics() != null) {
            card.getChildren().add(text(i18n.t("territory.details.publics", offer.publics()), null));
        }
        offer.mainContact().ifPresent(contact -> card.getChildren().add(text(contact(contact), null)));
        return card;
    }

    private String contact(ContactInfo contact) {
        StringBuilder text = new StringBuilder(contact.name() == null ? "" : contact.name());
        if (contact.phone() != null) {
            text.append(" · ").append(contact.phone());
        }
        if (contact.email() != null) {
            text.append(" · ").append(contact.email());
        }
        return i18n.t("territory.details.contact", text.toString());
    }

    private void organisation(MapViewModel.OrganisationDetail detail) {
        OrganisationMarker marker = detail.marker();
        content.getChildren().addAll(text(marker.organisation().name(), "title-3"),
                text(kind(marker.organisation().kind()) + " – " + marker.communeName(), "text-muted"));
        if (detail.offers().isEmpty()) {
            content.getChildren().add(text(i18n.t("territory.details.noOffer"), "text-muted"));
        }
        for (OfferSummary offer : detail.offers()) {
            VBox card = new VBox(2, text(i18n.label(offer.service()), "details-card-title"),
                    text(String.join(", ", offer.territories()), null));
            card.getStyleClass().add("details-card");
            content.getChildren().add(card);
        }
    }

    private String kind(String kind) {
        try {
            return i18n.label(OrganisationKind.valueOf(kind));
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    private static Label text(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}

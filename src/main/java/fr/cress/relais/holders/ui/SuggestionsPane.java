package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.holders.Need;
import fr.cress.relais.holders.NeedSuggestions;
import fr.cress.relais.holders.Suggestion;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * For each need of the selected holder: the partners covering its commune (narrowest territory first) with
 * the contact to call and « Orienter vers ce partenaire »; when none covers it, says so and shows the
 * nearest offers.
 */
final class SuggestionsPane {

    private final I18n i18n;
    private final BiConsumer<Suggestion, Need> refer;
    private final VBox blocks = new VBox(20);
    private final ScrollPane node;

    SuggestionsPane(SuggestionsViewModel model, I18n i18n, BiConsumer<Suggestion, Need> refer) {
        this.i18n = i18n;
        this.refer = refer;
        Label info = new Label();
        info.setWrapText(true);
        info.getStyleClass().add("text-muted");
        info.textProperty().bind(model.info());
        VBox content = new VBox(12, info, blocks);
        content.getStyleClass().add("holders-tab");
        node = new ScrollPane(content);
        node.setFitToWidth(true);
        node.setId("holder-suggestions");
        model.results().addListener((ListChangeListener<NeedSuggestions>) c ->
                blocks.getChildren().setAll(model.results().stream().map(this::block).toList()));
    }

    private Node block(NeedSuggestions s) {
        Label title = new Label(i18n.label(s.need()));
        title.getStyleClass().add("title-4");
        VBox box = new VBox(8, title);
        box.setId("suggestions-" + s.need().key());
        if (s.isCovered()) {
            s.covering().forEach(g -> box.getChildren().add(card(g, s.need())));
            return box;
        }
        Label gap = new Label(s.message(), new FontIcon(Material2OutlinedAL.INFO));
        gap.setWrapText(true);
        gap.getStyleClass().add("holders-gap");
        gap.setId("suggestion-gap-" + s.need().key());
        box.getChildren().add(gap);
        if (!s.nearest().isEmpty()) {
            Label nearest = new Label(i18n.t("holders.suggest.nearest"));
            nearest.getStyleClass().add("text-muted");
            box.getChildren().add(nearest);
            s.nearest().forEach(g -> box.getChildren().add(card(g, s.need())));
        }
        return box;
    }

    private Node card(Suggestion g, Need need) {
        Label partner = new Label(g.partner().equals(g.organisationName()) ? g.partner()
                : g.partner() + " – " + g.organisationName());
        partner.getStyleClass().add("suggestion-partner");
        partner.setWrapText(true);
        Label reach = new Label(reach(g));
        reach.getStyleClass().add(g.isNearby() ? "suggestion-nearby" : "suggestion-reach");
        Label services = new Label(g.services().stream().map(i18n::label).collect(Collectors.joining(", ")));
        services.getStyleClass().add("text-muted");
        services.setWrapText(true);
        Label contact = new Label(contact(g));
        contact.setWrapText(true);
        Button button = new Button(i18n.t("holders.suggest.refer"));
        button.getStyleClass().add("suggestion-refer");
        button.setOnAction(e -> refer.accept(g, need));
        HBox actions = new HBox(button);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(2, partner, reach, services, contact, actions);
        card.getStyleClass().add("suggestion-card");
        return card;
    }

    private String reach(Suggestion g) {
        if (g.isNearby()) {
            String km = new BigDecimal(g.distanceKm()).setScale(0, RoundingMode.HALF_UP).toPlainString();
            return i18n.t("holders.suggest.nearby", km, g.viaCommune());
        }
        return i18n.t("holders.suggest.reach", i18n.label(g.reach()), g.territoryName());
    }

    private String contact(Suggestion g) {
        if (g.contactName() == null) {
            return i18n.t("holders.suggest.noContact");
        }
        String phone = g.contactPhone() == null ? null : g.contactPhone().replace(' ', '\u00A0');
        String details = java.util.stream.Stream.of(g.contactName(), phone)
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" · "));
        String text = i18n.t("holders.suggest.contact", details);
        return g.contactEmail() == null ? text : text + "\n" + g.contactEmail();
    }

    Node node() {
        return node;
    }
}

package fr.cress.relais.app;

import fr.cress.relais.common.concurrent.TaskRunner;
import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.CredentialStore;
import fr.cress.relais.common.settings.ServerAddress;
import fr.cress.relais.common.settings.StoreChoice;
import fr.cress.relais.db.ServerUrl;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * « Base partagée (PostgreSQL) »: the embedded store or a PostgreSQL server (host, port, database, user), with
 * « Tester la connexion ». The choice goes to {@code store.properties} (no password); the password to the
 * system's credential store when the user asks for it. Relais opens the chosen store at its next start.
 */
final class SharedStoreDialog extends Dialog<Boolean> {

    private final I18n i18n;
    private final TaskRunner tasks;
    private final StoreChoice choice;
    private final CredentialStore credentials;
    private final RadioButton embedded = new RadioButton();
    private final RadioButton shared = new RadioButton();
    private final TextField host = field("server-host");
    private final TextField port = field("server-port");
    private final TextField database = field("server-database");
    private final TextField user = field("server-user");
    private final PasswordField password = new PasswordField();
    private final CheckBox remember = new CheckBox();
    private final Label status = new Label();

    SharedStoreDialog(I18n i18n, Window owner, TaskRunner tasks, StoreChoice choice, CredentialStore credentials) {
        this.i18n = i18n;
        this.tasks = tasks;
        this.choice = choice;
        this.credentials = credentials;
        initOwner(owner);
        setTitle(i18n.t("app.server.title"));
        getDialogPane().setContent(content());
        ButtonType save = new ButtonType(i18n.t("app.server.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType test = new ButtonType(i18n.t("app.server.test"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(test, save,
                new ButtonType(i18n.t("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button testButton = (Button) getDialogPane().lookupButton(test);
        testButton.setId("server-test");
        testButton.disableProperty().bind(embedded.selectedProperty());
        testButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open
            testConnection();
        });
        getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            if (!saveChoice()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == save);
        fill();
    }

    private VBox content() {
        Label intro = new Label(i18n.t("app.server.intro"));
        intro.setWrapText(true);
        ToggleGroup kind = new ToggleGroup();
        embedded.setText(i18n.t("app.server.embedded"));
        embedded.setToggleGroup(kind);
        embedded.setId("server-embedded");
        shared.setText(i18n.t("app.server.shared"));
        shared.setToggleGroup(kind);
        shared.setId("server-shared");
        password.setId("server-password");
        remember.setText(i18n.t("app.server.remember"));
        remember.setId("server-remember");
        remember.setSelected(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        row(form, 0, "app.server.host", host);
        row(form, 1, "app.server.port", port);
        row(form, 2, "app.server.database", database);
        row(form, 3, "app.server.user", user);
        row(form, 4, "app.server.password", password);
        form.add(remember, 1, 5);
        form.disableProperty().bind(embedded.selectedProperty());
        form.setPadding(new javafx.geometry.Insets(0, 0, 0, 28));
        status.setWrapText(true);
        status.setId("server-status");
        VBox box = new VBox(12, intro, embedded, shared, form, status);
        box.setPrefWidth(560);
        return box;
    }

    private void row(GridPane form, int index, String key, javafx.scene.control.Control control) {
        Label label = new Label(i18n.t(key));
        label.setLabelFor(control);
        form.addRow(index, label, control);
        control.setPrefWidth(index == 1 ? 90 : 320);
        control.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private void fill() {
        Optional<ServerAddress> current;
        try {
            current = choice.server();
        } catch (RuntimeException e) {
            current = Optional.empty();
            status.setText(new ErrorMessages(i18n).describe(e));
        }
        (current.isPresent() ? shared : embedded).setSelected(true);
        port.setText(Integer.toString(current.map(ServerAddress::port).orElse(ServerAddress.DEFAULT_PORT)));
        current.ifPresent(s -> {
            host.setText(s.host());
            database.setText(s.database());
            user.setText(s.user());
        });
        if (current.isEmpty()) {
            user.setText(System.getProperty("user.name", ""));
        }
    }

    /** The address typed, checked by the allow-list; a French message in the dialog when a part is refused. */
    private Optional<ServerAddress> address() {
        try {
            int number = Integer.parseInt(port.getText().trim());
            return Optional.of(new ServerAddress(host.getText(), number, database.getText(), user.getText()));
        } catch (NumberFormatException e) {
            status.setText(i18n.t("common.server.badPort", port.getText()));
        } catch (RuntimeException e) {
            status.setText(new ErrorMessages(i18n).describe(e));
        }
        return Optional.empty();
    }

    private void testConnection() {
        address().ifPresent(server -> {
            status.setText(i18n.t("app.server.testing"));
            String typed = password.getText();
            tasks.job(i18n.t("app.server.testing"), progress -> ServerUrl.test(server, typed))
                    .onSuccess(version -> status.setText(i18n.t("app.server.testOk", version)))
                    .onFailure(error -> status.setText(new ErrorMessages(i18n).describe(error)))
                    .start();
        });
    }

    private boolean saveChoice() {
        if (embedded.isSelected()) {
            choice.chooseEmbedded();
            return true;
        }
        Optional<ServerAddress> server = address();
        server.ifPresent(s -> {
            choice.choose(s);
            if (remember.isSelected() && !password.getText().isEmpty() && !credentials.save(s, password.getText())) {
                status.setText(i18n.t("app.server.notRemembered"));
            }
        });
        return server.isPresent();
    }

    /** The message to show once the choice is saved. */
    String savedMessage() {
        Optional<ServerAddress> server = address();
        String message = embedded.isSelected() || server.isEmpty() ? i18n.t("app.server.savedEmbedded")
                : i18n.t("app.server.saved", server.get().display());
        return status.getText().equals(i18n.t("app.server.notRemembered")) ? message + "\n" + status.getText() : message;
    }
}

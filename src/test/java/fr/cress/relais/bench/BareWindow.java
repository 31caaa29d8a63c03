package fr.cress.relais.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/** The baseline of the start-up benchmark: a bare JavaFX window, started the same way as Relais. */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Relais")), 1280, 800));
        stage.show();
        Platform.runLater(() -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("STARTUP_MS=" + ms);
            if (Boolean.getBoolean("relais.startupTrace")
                    && ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                // as Relais's start-up trace: the processor time of the whole process so far
                System.err.println("STARTUP_TRACE " + ms + " ms shown [process cpu " + os.getProcessCpuTime() / 1_000_000 + " ms]");
            }
            Platform.exit();
        });
    }

    /** Launched from a plain class, as Relais is (a main class that does not extend Application). */
    public static final class Launcher {
        public static void main(String[] args) {
            BareWindow.main(args);
        }
    }
}

package fr.cress.relais.territory.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The tile requests can be built at all: Java's HTTP client refuses a header value that is not plain ASCII. */
class CachedTileRetrieverTest {

    @org.junit.jupiter.api.AfterEach
    void forget() {
        CachedTileRetriever.configure(null, () -> false);
    }

    @Test
    void theUserAgentIsAValidHeaderValue() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://tile.openstreetmap.org/8/127/88.png"))
                .header("User-Agent", CachedTileRetriever.USER_AGENT).GET().build();

        assertThat(request.headers().firstValue("User-Agent")).hasValue(CachedTileRetriever.USER_AGENT);
    }

    @Test
    void aCachedTileIsReadOffTheCallingThreadAndAMissingOneOfflineIsEmptyAtOnce(@TempDir Path tiles) throws Exception {
        Path file = tiles.resolve("8").resolve("127").resolve("88.png");
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", file.toFile());
        CachedTileRetriever.configure(tiles, () -> false);
        java.util.Queue<Runnable> tileThread = new java.util.ArrayDeque<>();
        CachedTileRetriever retriever = new CachedTileRetriever(tileThread::add);

        var tile = retriever.loadTile(8, 127, 88);
        assertThat(tile).as("nothing read nor decoded on the calling thread").isNotDone();
        while (!tileThread.isEmpty()) {
            tileThread.poll().run();
        }
        javafx.scene.image.Image image = tile.get();
        assertThat(image.getWidth()).isEqualTo(4);
        assertThat(image.getHeight()).isEqualTo(3);

        var missing = retriever.loadTile(8, 127, 89);
        assertThat(missing).isDone();
        assertThat(missing.get()).isNull();
    }
}

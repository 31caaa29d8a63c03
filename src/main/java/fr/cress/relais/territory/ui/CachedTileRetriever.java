package fr.cress.relais.territory.ui;

import com.gluonhq.maps.tile.TileRetriever;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;

/**
 * The tiles of the map: OpenStreetMap tiles kept on disk ({@code tiles/z/x/y.png} in the data folder), fetched
 * from the network only while the user allows it. Offline, a missing tile is simply left empty (the map shows
 * its own plain background): no waiting, no error flood.
 * <p>
 * Gluon Maps finds this class with {@link java.util.ServiceLoader} and builds it itself, once per JVM, so the
 * cache folder and the network switch are handed over through {@link #configure}: the only static state of the
 * feature, imposed by that extension point.
 */
public final class CachedTileRetriever implements TileRetriever {

    private static final Logger LOG = LoggerFactory.getLogger(CachedTileRetriever.class);
    private static final String TILE_URL = "https://tile.openstreetmap.org/%d/%d/%d.png";
    /** Sent with every tile request; HTTP header values must be plain ASCII (Java refuses ’ or «). */
    static final String USER_AGENT = "Relais/1 (logiciel libre de la CRESS; carte de l'offre)";
    /** Keeps Gluon Maps' own java.util.logging quiet (held here so that the level is not forgotten). */
    private static final java.util.logging.Logger GLUON_LOG = java.util.logging.Logger.getLogger("com.gluonhq");

    private static volatile Path cacheDir;
    private static volatile BooleanSupplier networkAllowed = () -> false;

    private final Executor fetcher;
    /** Made at the first download: an HTTP client loads TLS, which a start need not pay. */
    private HttpClient client;

    static {
        GLUON_LOG.setLevel(Level.SEVERE);
    }

    /** Built by Gluon Maps: two daemon threads read, fetch and decode the tiles. */
    public CachedTileRetriever() {
        this(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "relais-tiles");
            t.setDaemon(true);
            return t;
        }));
    }

    CachedTileRetriever(Executor fetcher) {
        this.fetcher = fetcher;
    }

    /** Where tiles are cached and whether uncached ones may be fetched; called when the map is built. */
    public static void configure(Path tileCacheDir, BooleanSupplier allowNetwork) {
        GLUON_LOG.setLevel(Level.SEVERE);
        cacheDir = tileCacheDir;
        networkAllowed = allowNetwork;
    }

    /**
     * Called by the map on the JavaFX thread for each tile it needs: a cached tile is read and decoded, a missing
     * one fetched while the network is allowed, both on the tile threads, never on the JavaFX thread; offline, a
     * missing tile is answered at once (empty).
     */
    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        Path file = tileFile(zoom, i, j);
        if (file != null && Files.isRegularFile(file)) {
            return CompletableFuture.supplyAsync(() -> cached(file), fetcher)
                    .thenApplyAsync(image -> image != null ? image : online(zoom, i, j, file), fetcher);
        }
        if (!networkAllowed.getAsBoolean() || zoom < 0 || zoom > 19) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> fetch(zoom, i, j, file), fetcher);
    }

    private static Image cached(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Image(in);
        } catch (IOException e) {
            LOG.debug("Unreadable cached tile {}", file, e);
            return null;
        }
    }

    private Image online(int zoom, long i, long j, Path file) {
        return networkAllowed.getAsBoolean() && zoom >= 0 && zoom <= 19 ? fetch(zoom, i, j, file) : null;
    }

    private static Path tileFile(int zoom, long i, long j) {
        Path dir = cacheDir;
        return dir == null ? null : dir.resolve(Integer.toString(zoom)).resolve(Long.toString(i)).resolve(j + ".png");
    }

    private Image fetch(int zoom, long i, long j, Path file) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(String.format(TILE_URL, zoom, i, j)))
                    .timeout(Duration.ofSeconds(15)).header("User-Agent", USER_AGENT).GET().build();
            HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return null;
            }
            byte[] png = response.body();
            store(file, png);
            return new Image(new ByteArrayInputStream(png));
        } catch (IOException e) {
            LOG.debug("Tile {}/{}/{} not fetched: {}", zoom, i, j, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void store(Path file, byte[] png) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "tile", ".tmp");
            Files.write(tmp, png);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.debug("Tile not cached in {}", file, e);
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        }
        return client;
    }
}

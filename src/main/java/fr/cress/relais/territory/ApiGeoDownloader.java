package fr.cress.relais.territory;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.AppException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Fetches the commune contours of one department from the official API Géo
 * ({@code /departements/14/communes?format=geojson&geometry=contour}) into a temporary file, with a size
 * limit and cancellation between blocks.
 */
final class ApiGeoDownloader {

    static final URI OFFICIAL = URI.create("https://geo.api.gouv.fr/");
    static final String SOURCE = "API Géo (geo.api.gouv.fr)";

    private static final Logger LOG = LoggerFactory.getLogger(ApiGeoDownloader.class);

    private final URI base;
    private final long maxBytes;
    /** Made at the first download: an HTTP client loads TLS, which a start need not pay. */
    private HttpClient client;

    ApiGeoDownloader(URI base, long maxBytes) {
        this.base = base;
        this.maxBytes = maxBytes;
    }

    Path fetch(String departement, Progress progress) {
        URI uri = base.resolve("departements/" + departement + "/communes?format=geojson&geometry=contour");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "application/geo+json, application/json")
                .header("User-Agent", "Relais (logiciel libre de la CRESS)")
                .GET().build();
        Path file = null;
        try {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new AppException("territory.contours.download.failed", departement, response.statusCode());
                }
                file = Files.createTempFile("relais-contours-" + departement + "-", ".geojson");
                copy(in, file, progress);
                return file;
            }
        } catch (IOException e) {
            delete(file);
            LOG.warn("Download of contours {} failed", uri, e);
            throw new AppException(e, "territory.contours.download.offline", uri.getHost());
        } catch (InterruptedException e) {
            delete(file);
            Thread.currentThread().interrupt();
            throw new fr.cress.relais.common.concurrent.CancelledException();
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private void copy(InputStream in, Path file, Progress progress) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                progress.checkCancelled();
                total += n;
                if (total > maxBytes) {
                    throw new AppException("territory.contours.tooLarge", total / (1024 * 1024), maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        }
        LOG.info("Received {} bytes of contours into {}", total, file);
    }

    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("Temporary file {} left behind", file, e);
            }
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(15))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return client;
    }
}

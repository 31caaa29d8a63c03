package fr.cress.relais.territory.ui;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The tile requests can be built at all: Java's HTTP client refuses a header value that is not plain ASCII. */
class CachedTileRetrieverTest {

    @Test
    void theUserAgentIsAValidHeaderValue() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://tile.openstreetmap.org/8/127/88.png"))
                .header("User-Agent", CachedTileRetriever.USER_AGENT).GET().build();

        assertThat(request.headers().firstValue("User-Agent")).hasValue(CachedTileRetriever.USER_AGENT);
    }
}

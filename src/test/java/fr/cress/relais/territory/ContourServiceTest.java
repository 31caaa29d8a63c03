package fr.cress.relais.territory;

import com.sun.net.httpserver.HttpServer;
import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.CancelledException;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Contours: import of GeoJSON files (good, repairable, refused), unions for EPCI and zones, download. */
class ContourServiceTest {

    @TempDir
    Path dir;
    Relais relais;
    ContourService contours;

    @BeforeEach
    void open() {
        relais = TestStores.emptyRelais(dir);
        relais.territory().reference().ensureLoaded("mini");
        contours = relais.territory().contours();
    }

    @AfterEach
    void close() {
        relais.close();
    }

    static Path fixture(String name) throws IOException {
        try (InputStream in = ContourServiceTest.class.getResourceAsStream("/fr/cress/relais/territory/contours/" + name)) {
            Path file = Files.createTempFile("contours-", "-" + name);
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    private Map<String, Geometry> shapes(TerritoryLevel level) {
        return contours.shapes(level).stream().collect(Collectors.toMap(Shape::code, Shape::geometry));
    }

    @Test
    void communeContoursImportAndEpciZoneAndDepartmentShapesAreTheirUnion() throws Exception {
        ContourImportReport report = contours.importFile(fixture("mini-communes.geojson"), Progress.NONE);

        assertThat(report.communes()).isEqualTo(6);
        assertThat(report.repaired()).isEmpty();
        assertThat(report.ignored()).isZero();
        assertThat(shapes(TerritoryLevel.COMMUNE)).containsKeys("99001", "99006");
        Map<String, Geometry> epci = shapes(TerritoryLevel.EPCI);
        // CA Mini Agglo = communes A, B, C: three adjacent 0.1° squares.
        assertThat(epci.get("200099001").getArea()).isCloseTo(0.03, within(1e-5));
        assertThat(epci.get("200099001").getNumGeometries()).isEqualTo(1);
        assertThat(shapes(TerritoryLevel.DEPARTEMENT).get("99").getArea()).isCloseTo(0.06 + 0.0009, within(1e-5));

        long zone = relais.territory().zones().save(new Zone(0, null, "Pays Mini", ZoneKind.PAYS, null, -1,
                List.of(TerritoryRef.epci("200099002"), TerritoryRef.commune("99001"))));
        String code = relais.territory().zones().zones().stream().filter(z -> z.id() == zone).findFirst().orElseThrow().code();
        assertThat(shapes(TerritoryLevel.ZONE).get(code).getArea()).isCloseTo(0.03, within(1e-5));
        int cached = contours.count();
        assertThat(cached).isEqualTo(6 + 2 + 1 + 1);
        assertThat(shapes(TerritoryLevel.EPCI)).hasSize(2);
        assertThat(contours.count()).isEqualTo(cached);
    }

    @Test
    void selfIntersectionsAreRepairedNumericCodesReadAndUnknownCodesIgnored() throws Exception {
        ContourImportReport report = contours.importFile(fixture("mini-self-intersecting.geojson"), Progress.NONE);

        assertThat(report.communes()).isEqualTo(2);
        assertThat(report.repaired()).containsExactly("99001");
        assertThat(report.ignored()).isEqualTo(1);
        Geometry repaired = shapes(TerritoryLevel.COMMUNE).get("99001");
        assertThat(repaired.isValid()).isTrue();
        assertThat(repaired.getArea()).isCloseTo(0.005, within(1e-9));
        String message = I18n.french().t("territory.contours.repaired", 1, "99001");
        assertThat(message).isEqualTo("1 contour(s) auto-sécant(s) réparé(s)\u202f: 99001.");
    }

    @Test
    void refusedFilesChangeNothing() throws Exception {
        contours.importFile(fixture("mini-communes.geojson"), Progress.NONE);
        contours.shapes(TerritoryLevel.EPCI);
        int before = contours.count();
        String caenBefore = shapes(TerritoryLevel.COMMUNE).get("99001").toText();

        assertRefused("truncated.geojson", "safety.input.json.malformed", "n’est pas un fichier JSON valide (erreur à la ligne");
        assertRefused("single-feature.geojson", "territory.contours.notFeatureCollection", "FeatureCollection");
        assertRefused("lambert93.geojson", "territory.contours.badFeatures", "inutilisables");
        BadInputException wrong = refusal(fixture("wrong-geometry.geojson"));
        assertThat(wrong.messageKey()).isEqualTo("territory.contours.badFeatures");
        assertThat(wrong.details()).containsExactly(
                "contour n°\u202f1 (code 99001)\u202f: géométrie de type «\u202fPoint\u202f» (Polygon ou MultiPolygon attendu)",
                "contour n°\u202f2 (code 99002)\u202f: géométrie de type «\u202fLineString\u202f» (Polygon ou MultiPolygon attendu)");

        assertThat(contours.count()).isEqualTo(before);
        assertThat(shapes(TerritoryLevel.COMMUNE).get("99001").toText()).isEqualTo(caenBefore);
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() throws Exception {
        contours.importFile(fixture("mini-communes.geojson"), Progress.NONE);
        int before = contours.count();
        Path deep = dir.resolve("deep.geojson");
        Files.writeString(deep, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}}]}");

        BadInputException refused = refusal(deep);

        assertThat(refused.messageKey()).isEqualTo("safety.input.json.tooDeep");
        assertThat(text(refused)).contains("est imbriqué sur plus de 64 niveaux").contains("Rien n’a été importé");
        assertThat(contours.count()).isEqualTo(before);
    }

    @Test
    void aHugeFileIsRefusedBeforeReading() throws Exception {
        contours.importFile(fixture("mini-communes.geojson"), Progress.NONE);
        int before = contours.count();
        Path huge = dir.resolve("huge.geojson");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(GeoJsonContours.DEFAULT_MAX_BYTES + 1024 * 1024); // sparse: no disk used
        }

        BadInputException refused = refusal(huge);

        assertThat(refused.messageKey()).isEqualTo("safety.input.tooLarge");
        assertThat(text(refused)).contains("est trop volumineux\u202f: il pèse 51 Mo").contains("au plus 50 Mo");
        assertThat(contours.count()).isEqualTo(before);
    }

    @Test
    void aFileWithoutAnyKnownCodeIsRefused() throws Exception {
        Path paris = dir.resolve("paris.geojson");
        Files.writeString(paris, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"75056\",\"nom\":\"Paris\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[2.25,48.8],[2.4,48.8],[2.4,48.9],[2.25,48.8]]]}}]}");

        assertThat(refusal(paris).messageKey()).isEqualTo("territory.contours.noKnownCode");
        assertThat(contours.count()).isZero();
    }

    @Test
    void contoursDownloadFromTheApiGeoShapeOfService() throws Exception {
        byte[] body = Files.readAllBytes(fixture("mini-communes.geojson"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/departements/99/communes", exchange -> {
            assertThat(exchange.getRequestURI().getQuery()).isEqualTo("format=geojson&geometry=contour");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            ContourService local = new ContourService(relais.store(), I18n.french(), GeoJsonContours.DEFAULT_MAX_BYTES, base);

            assertThatThrownBy(() -> local.download(List.of("99"), cancelled())).isInstanceOf(CancelledException.class);
            assertThat(local.count()).isZero();

            ContourImportReport report = local.download(List.of("99"), Progress.NONE);
            assertThat(report.communes()).isEqualTo(6);
            assertThat(local.shapes(TerritoryLevel.EPCI)).hasSize(2);

            assertThatThrownBy(() -> local.download(List.of("14"), Progress.NONE))
                    .isInstanceOf(AppException.class)
                    .extracting(e -> ((AppException) e).messageKey()).isEqualTo("territory.contours.download.failed");
            assertThat(local.importedCount(TerritoryLevel.COMMUNE)).isEqualTo(6);
        } finally {
            server.stop(0);
        }
    }

    private static Progress cancelled() {
        return new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
    }

    private void assertRefused(String fixture, String key, String text) throws IOException {
        BadInputException refused = refusal(fixture(fixture));
        assertThat(refused.messageKey()).as(fixture).isEqualTo(key);
        assertThat(text(refused)).as(fixture).contains(text).containsAnyOf("Rien n’a été modifié", "Rien n’a été importé");
    }

    private BadInputException refusal(Path file) {
        try {
            contours.importFile(file, Progress.NONE);
        } catch (BadInputException e) {
            return e;
        }
        throw new AssertionError("expected " + file + " to be refused");
    }

    private static String text(AppException e) {
        return new ErrorMessages(I18n.french()).describe(e);
    }
}

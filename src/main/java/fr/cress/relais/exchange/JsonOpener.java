package fr.cress.relais.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cress.relais.common.error.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads JSON with Jackson's stream constraints set to the limits: depth, string length, duplicate keys. */
final class JsonOpener {

    private final FileLimits limits;
    private final ObjectMapper mapper;

    JsonOpener(FileLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth())
                        .maxStringLength(limits.maxJsonStringChars())
                        .maxNumberLength(100)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    JsonNode read(Path file) {
        String name = FileGuard.name(file);
        return stream(file, parser -> {
            JsonNode node = mapper.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new BadInputException("safety.input.empty", name);
            }
            if (parser.nextToken() != null) {
                throw malformed(null, name, parser.currentLocation());
            }
            return node;
        });
    }

    /** Runs {@code reading} over a parser of the file within the limits; Jackson's errors become refusals. */
    <T> T stream(Path file, FileGuard.JsonReading<T> reading) {
        String name = FileGuard.name(file);
        try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.createParser(in)) {
            return reading.read(parser);
        } catch (StreamConstraintsException e) {
            String key = e.getMessage() != null && e.getMessage().contains("depth")
                    ? "safety.input.json.tooDeep" : "safety.input.json.limits";
            throw new BadInputException(e, List.of(), key, name, limits.maxJsonDepth());
        } catch (JsonProcessingException e) {
            throw malformed(e, name, e.getLocation());
        } catch (IOException e) {
            throw new BadInputException(e, List.of(), "safety.input.unreadable", name);
        }
    }

    private static BadInputException malformed(Exception cause, String name, JsonLocation at) {
        long line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        long column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new BadInputException(cause, List.of(), "safety.input.json.malformed", name, line, column);
    }
}

package fr.cress.relais.partners.importing;

import fr.cress.relais.partners.Texts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which field each column of a file holds (null: the column is ignored). {@code headers} are the file's own
 * words; the {@link #signature()} of their folded form identifies files of the same shape, so that a mapping
 * adjusted once is proposed again for the next file a partner sends.
 */
public record ColumnMapping(List<String> headers, List<ImportField> fields) {

    public ColumnMapping {
        headers = List.copyOf(headers);
        List<ImportField> copy = new ArrayList<>(fields);
        while (copy.size() < headers.size()) {
            copy.add(null);
        }
        fields = Collections.unmodifiableList(copy.subList(0, headers.size()));
    }

    public Optional<Integer> columnOf(ImportField field) {
        int index = fields.indexOf(field);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    public boolean has(ImportField field) {
        return fields.contains(field);
    }

    /** The same mapping with {@code column} set to {@code field}, which leaves any other column that held it. */
    public ColumnMapping with(int column, ImportField field) {
        List<ImportField> copy = new ArrayList<>(fields);
        if (field != null) {
            Collections.replaceAll(copy, field, null);
        }
        copy.set(column, field);
        return new ColumnMapping(headers, copy);
    }

    /** A short, stable fingerprint of the header row (order and wording, accents and case ignored). */
    public String signature() {
        String joined = String.join("|", headers.stream().map(Texts::key).toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** « ORG_NAME,ACRONYM,,TOWN »: how the mapping is remembered. */
    public String encode() {
        return String.join(",", fields.stream().map(f -> f == null ? "" : f.name()).toList());
    }

    /** The mapping remembered as {@link #encode()} for these headers; empty when it does not fit them. */
    public static Optional<ColumnMapping> decode(List<String> headers, String encoded) {
        String[] names = encoded.split(",", -1);
        if (names.length != headers.size()) {
            return Optional.empty();
        }
        try {
            List<ImportField> fields = Arrays.stream(names).map(n -> n.isEmpty() ? null : ImportField.valueOf(n)).toList();
            long distinct = fields.stream().filter(Objects::nonNull).distinct().count();
            return distinct == fields.stream().filter(Objects::nonNull).count()
                    ? Optional.of(new ColumnMapping(headers, fields)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

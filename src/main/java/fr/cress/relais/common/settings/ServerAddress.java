package fr.cress.relais.common.settings;

import fr.cress.relais.common.error.BadInputException;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a shared store lives on a PostgreSQL server: host, port, database, user, and optionally a schema
 * inside that database and an SSL mode. Every part is checked against an allow-list when the address is built,
 * so that none can carry a JDBC setting of its own ({@code ?socketFactory=}, {@code &}, {@code ;}...).
 * The password is never part of an address.
 */
public record ServerAddress(String host, int port, String database, String schema, String user, SslMode sslMode) {

    public static final int DEFAULT_PORT = 5432;

    /** Host names and IPv4 addresses; an IPv6 address between brackets. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\\[[0-9A-Fa-f:.]{2,45}]");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");
    private static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.@-]{0,62}");
    private static final Pattern URL = Pattern.compile("postgres(?:ql)?://([^/:]+|\\[[^]]*])(?::([0-9]{1,5}))?/([^/?#]+)",
            Pattern.CASE_INSENSITIVE);

    /** The SSL modes of the PostgreSQL driver; {@link #PREFER} is its default. */
    public enum SslMode {
        DISABLE, ALLOW, PREFER, REQUIRE, VERIFY_CA, VERIFY_FULL;

        /** The value the driver expects ({@code verify-full}). */
        public String value() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static SslMode parse(String text) {
            for (SslMode mode : values()) {
                if (mode.value().equalsIgnoreCase(text.trim())) {
                    return mode;
                }
            }
            throw new BadInputException("common.server.badSslMode", text);
        }
    }

    public ServerAddress {
        host = check(HOST, host, "common.server.badHost");
        if (port < 1 || port > 65535) {
            throw new BadInputException("common.server.badPort", port);
        }
        database = check(DATABASE, database, "common.server.badDatabase");
        schema = schema == null || schema.isBlank() ? null : check(NAME, schema, "common.server.badSchema");
        user = check(USER, user, "common.server.badUser");
        sslMode = sslMode == null ? SslMode.PREFER : sslMode;
    }

    public ServerAddress(String host, int port, String database, String user) {
        this(host, port, database, null, user, SslMode.PREFER);
    }

    /**
     * Reads {@code postgresql://HOST[:PORT]/DATABASE} (what {@code --store} and {@code RELAIS_STORE} take).
     * Anything after the database name (a query string, a second path) is refused.
     */
    public static ServerAddress parse(String url, String user) {
        Matcher m = URL.matcher(url == null ? "" : url.trim());
        if (!m.matches()) {
            throw new BadInputException("common.server.badUrl", url);
        }
        int port = DEFAULT_PORT;
        if (m.group(2) != null) {
            port = Integer.parseInt(m.group(2));
        }
        if (user == null || user.isBlank()) {
            throw new BadInputException("common.server.noUser");
        }
        return new ServerAddress(m.group(1), port, m.group(3), null, user.trim(), SslMode.PREFER);
    }

    /** True when {@code text} names a server ({@code postgresql://...}) rather than the embedded store. */
    public static boolean isServerUrl(String text) {
        return text != null && text.trim().toLowerCase(Locale.ROOT).matches("postgres(ql)?://.*");
    }

    public ServerAddress withSchema(String newSchema) {
        return new ServerAddress(host, port, database, newSchema, user, sslMode);
    }

    /** {@code postgresql://host:port/database}: how the address is shown and typed (no user, no password). */
    public String url() {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** What the user sees as the store's location: {@code relais@host:5432/database}. */
    public String display() {
        return user + "@" + host + ":" + port + "/" + database + Optional.ofNullable(schema).map(s -> " (" + s + ")").orElse("");
    }

    private static String check(Pattern allowed, String value, String messageKey) {
        String v = value == null ? "" : value.trim();
        if (!allowed.matcher(v).matches()) {
            throw new BadInputException(messageKey, value);
        }
        return v;
    }
}

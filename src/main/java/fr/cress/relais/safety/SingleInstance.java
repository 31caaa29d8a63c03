package fr.cress.relais.safety;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Lets a second Relais window ask the first one (same store) to come to the front. The first window listens on
 * the loopback address only (127.0.0.1, a port chosen by the system) and writes the port and a random token to
 * {@code relais.instance} in the store folder (readable by its owner only). A request must carry the token;
 * anything else is ignored. Nothing ever listens on another interface.
 */
public final class SingleInstance implements AutoCloseable {

    static final String FILE = "relais.instance";
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final int TIMEOUT_MS = 1500;
    private static final int MAX_LINE = 200;

    private final ServerSocket server;
    private final Path file;
    private final String token;
    private final Runnable onShow;

    private SingleInstance(ServerSocket server, Path file, String token, Runnable onShow) {
        this.server = server;
        this.file = file;
        this.token = token;
        this.onShow = onShow;
    }

    /** Starts listening for "show" requests for the store of {@code storeDir}; {@code onShow} runs on a daemon thread. */
    public static SingleInstance listen(Path storeDir, Runnable onShow) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        SingleInstance instance = new SingleInstance(server, storeDir.resolve(FILE), token, onShow);
        try {
            instance.writeFile(server.getLocalPort());
        } catch (IOException e) {
            server.close();
            throw e;
        }
        Thread thread = new Thread(instance::serve, "relais-single-instance");
        thread.setDaemon(true);
        thread.start();
        return instance;
    }

    /**
     * Asks the Relais that holds the store of {@code storeDir} to bring its window to the front.
     * Returns true when it answered; false when there is none (or it is a command, which has no window).
     */
    public static boolean askToShow(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return false;
            }
            int port = Integer.parseInt(lines.get(0).trim());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MS);
                socket.setSoTimeout(TIMEOUT_MS);
                OutputStream out = socket.getOutputStream();
                out.write(("RELAIS " + lines.get(1).trim() + " SHOW\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                return "OK".equals(answer);
            }
        } catch (IOException | NumberFormatException e) {
            LOG.debug("No Relais window answered for {}: {}", storeDir, e.toString());
            return false;
        }
    }

    /** The address the channel listens on (always the loopback). */
    public InetAddress address() {
        return server.getInetAddress();
    }

    private void writeFile(int port) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(FILE + ".part");
        Files.deleteIfExists(part);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(part, port + "\n" + token + "\n", StandardCharsets.US_ASCII);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(TIMEOUT_MS);
                if (isShowRequest(readLine(client))) {
                    client.getOutputStream().write("OK\n".getBytes(StandardCharsets.US_ASCII));
                    onShow.run();
                }
            } catch (SocketTimeoutException e) {
                LOG.debug("Single-instance client too slow");
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("Single-instance request failed: {}", e.toString());
                }
            } catch (RuntimeException e) {
                LOG.warn("Bringing the window to the front failed", e);
            }
        }
    }

    private boolean isShowRequest(String line) {
        String expected = "RELAIS " + token + " SHOW";
        return line != null && MessageDigest.isEqual(line.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }

    /** One line of at most {@value #MAX_LINE} bytes: a client cannot make the channel read more. */
    private static String readLine(Socket client) throws IOException {
        StringBuilder line = new StringBuilder();
        var in = client.getInputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (line.length() >= MAX_LINE) {
                return null;
            }
            line.append((char) b);
        }
        return line.toString();
    }

    /** Stops listening and removes the file, unless another window has written its own meanwhile. */
    @Override
    public void close() {
        try {
            server.close();
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.US_ASCII).contains(token)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            LOG.debug("Closing the single-instance channel: {}", e.toString());
        }
    }
}

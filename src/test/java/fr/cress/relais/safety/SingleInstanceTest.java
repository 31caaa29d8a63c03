package fr.cress.relais.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The channel a second window uses to bring the first to the front: loopback only, token required. */
class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondWindowBringsTheFirstToTheFront() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        try (SingleInstance first = SingleInstance.listen(dir, shown::countDown)) {
            assertThat(first.address().isLoopbackAddress()).isTrue();
            assertThat(SingleInstance.askToShow(dir)).isTrue();
            assertThat(shown.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(dir.resolve(SingleInstance.FILE)).as("removed on close").doesNotExist();
        assertThat(SingleInstance.askToShow(dir)).as("nobody listens any more").isFalse();
    }

    @Test
    void aRequestWithoutTheTokenIsIgnored() throws Exception {
        AtomicInteger shows = new AtomicInteger();
        try (SingleInstance first = SingleInstance.listen(dir, shows::incrementAndGet)) {
            List<String> file = Files.readAllLines(dir.resolve(SingleInstance.FILE));
            int port = Integer.parseInt(file.get(0));
            for (String request : List.of("RELAIS 0000 SHOW\n", "SHOW\n", "x".repeat(5000) + "\n")) {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    OutputStream out = socket.getOutputStream();
                    out.write(request.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    socket.shutdownOutput();
                    assertThat(answer(socket)).as("no answer").isEmpty();
                }
            }
            assertThat(shows).hasValue(0);
            if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(SingleInstance.FILE))))
                        .isEqualTo("rw-------");
            }
        }
    }

    /** What the channel answered; a reset connection (the channel hung up on a too long line) is no answer. */
    private static String answer(Socket socket) {
        try {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void aStaleFileFromACrashedWindowIsHarmless() throws Exception {
        Files.writeString(dir.resolve(SingleInstance.FILE), "1\nabcdef\n");
        assertThat(SingleInstance.askToShow(dir)).isFalse();
        try (SingleInstance first = SingleInstance.listen(dir, () -> { })) {
            assertThat(SingleInstance.askToShow(dir)).isTrue();
        }
    }
}

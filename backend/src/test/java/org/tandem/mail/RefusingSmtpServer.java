package org.tandem.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An SMTP server that refuses every recipient for good (550), on a port chosen at start: the mail server a mail that
 * can never be delivered meets. Stopped, its port refuses connections: a mail server that is down.
 */
final class RefusingSmtpServer implements AutoCloseable {
    static final int PORT = freePort();

    private ServerSocket socket;

    synchronized void start() {
        if (socket != null) {
            return;
        }
        try {
            socket = new ServerSocket(PORT, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerSocket listening = socket;
        Thread.ofVirtual().start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Thread.ofVirtual().start(() -> converse(client));
                } catch (IOException e) {
                    return; // closed
                }
            }
        });
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    private static void converse(Socket client) {
        try (client; var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = client.getOutputStream()) {
            reply(out, "220 refusing.test ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 refusing.test");
                    case "RCPT" -> reply(out, "550 5.1.1 Mailbox unavailable");
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One port for the whole JVM: the test profile and the test see this class through different class loaders. */
    private static synchronized int freePort() {
        String chosen = System.getProperty("tandem.test.refusing-smtp-port");
        if (chosen != null) {
            return Integer.parseInt(chosen);
        }
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            System.setProperty("tandem.test.refusing-smtp-port", Integer.toString(probe.getLocalPort()));
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

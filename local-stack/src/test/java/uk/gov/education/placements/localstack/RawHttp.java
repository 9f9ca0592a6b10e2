package uk.gov.education.placements.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: a hostile client is not bound by what
 * java.net.http lets a well-behaved one send (non-ASCII header bytes, control characters,
 * repeated or oversized headers, invalid UTF-8 bodies). One request per connection.
 */
final class RawHttp {

    /** Longer than any answer needs (the slowest, read-your-writes, waits 2 s): beyond it is a hang. */
    static final int READ_TIMEOUT_MILLIS = 15_000;

    private RawHttp() {
    }

    /** What came back: a status, headers (names lower-cased) and body, or why nothing did. */
    record Answer(int status, Map<String, String> headers, byte[] body, String failure) {

        boolean answered() {
            return failure == null;
        }

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Answer send(int port, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException closedWhileSending) {
                // A server may answer and close before reading an oversized request to its end: read what it said.
            }
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return new Answer(0, Map.of(), new byte[0], "no answer within " + READ_TIMEOUT_MILLIS + " ms (a hang)");
        } catch (IOException e) {
            return new Answer(0, Map.of(), new byte[0], "connection failed: " + e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
            return new Answer(0, Map.of(), new byte[0], "dropped: no status line (" + statusLine + ")");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                    (first, second) -> first + ", " + second);
        }
        byte[] body;
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, body, null);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            if (size == null) {
                throw new IOException("the chunked body ended early");
            }
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                line(in);
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}

package uk.gov.education.placements.localstack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;


/**
 * One generated request, kept as the bytes that go on the wire, and printable (non-printable
 * bytes escaped) so that a shrunk counter-example reads as the request that broke the rule.
 */
record HostileRequest(Service service, String endpoint, String method, byte[] target, List<Header> headers,
                      byte[] body) {

    record Header(byte[] name, byte[] value) {

        static Header of(String name, String value) {
            return new Header(name.getBytes(StandardCharsets.ISO_8859_1), value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return printable(name, 60) + ": " + printable(value, 120);
        }
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(target);
        out.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n".getBytes(StandardCharsets.US_ASCII));
        for (Header header : headers) {
            out.writeBytes(header.name());
            out.writeBytes(": ".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(header.value());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (body.length > 0) {
            out.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    boolean isRead() {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    @Override
    public String toString() {
        return service.module() + " [" + endpoint + "] " + method + " " + printable(target, 200) + " " + headers
                + " body(" + body.length + " bytes): " + printable(body, 300);
    }

    static String printable(byte[] bytes, int limit) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, limit); i++) {
            int b = bytes[i] & 0xff;
            text.append(b >= 0x20 && b < 0x7f && b != '\\' ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return bytes.length > limit ? text + "...(" + bytes.length + " bytes)" : text.toString();
    }
}

package uk.gov.education.placements.faults;

import java.net.URI;

import uk.gov.education.placements.localstack.Service;

/** One of the two instances of a service in the suite's topology, on a port of its own. */
record Instance(Service service, int number, int port) {

    String name() {
        return service.module() + "-" + number;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public String toString() {
        return name();
    }
}

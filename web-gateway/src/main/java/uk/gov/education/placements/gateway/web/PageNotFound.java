package uk.gov.education.placements.gateway.web;

/** Something the URL names that is not there for this page (a placement of another school): "Page not found". */
public class PageNotFound extends RuntimeException {

    public PageNotFound(String what) {
        super(what);
    }
}

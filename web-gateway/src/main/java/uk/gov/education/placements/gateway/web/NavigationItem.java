package uk.gov.education.placements.gateway.web;

/** One link of the service navigation; {@code current} marks the section the page is in. */
public record NavigationItem(String text, String href, boolean current) {
}

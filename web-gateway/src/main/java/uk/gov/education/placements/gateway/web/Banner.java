package uk.gov.education.placements.gateway.web;

import java.io.Serial;
import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The GOV.UK success banner the next page shows after a change ("Placement contact added"). */
public record Banner(String heading, String body) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ATTRIBUTE = "banner";

    /** Carried across the redirect after a POST in the session's flash attributes. */
    public static void show(RedirectAttributes redirect, String heading) {
        show(redirect, heading, null);
    }

    public static void show(RedirectAttributes redirect, String heading, String body) {
        redirect.addFlashAttribute(ATTRIBUTE, new Banner(heading, body));
    }
}

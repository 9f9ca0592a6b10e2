package uk.gov.education.placements.gateway.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletResponse;

import uk.gov.education.placements.gateway.client.SchoolService;
import uk.gov.education.placements.gateway.client.ServiceProblem;
import uk.gov.education.placements.gateway.identity.CurrentUser;
import uk.gov.education.placements.gateway.web.Banner;
import uk.gov.education.placements.gateway.web.FormErrors;
import uk.gov.education.placements.gateway.web.PageNotFound;

/**
 * The support user's start page: onboard a school (only support may), and open any school's or
 * provider's pages to act for them.
 */
@Controller
class SupportPages {

    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("urn", "urn");
        FIELDS.put("name", "name");
    }

    private final SchoolService schools;

    SupportPages(SchoolService schools) {
        this.schools = schools;
    }

    @GetMapping("/support")
    String start(Model model) {
        supportOnly();
        return page(model, null, null, FormErrors.none());
    }

    @PostMapping("/support/schools")
    String onboard(@RequestParam(required = false) String urn, @RequestParam(required = false) String name, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        supportOnly();
        try {
            schools.onboard(urn, name);
        } catch (ServiceProblem problem) {
            if (problem.isValidation() || problem.is("school-already-onboarded")) {
                response.setStatus(problem.status());
                FormErrors errors = problem.isValidation()
                        ? FormErrors.fromService(problem.errors(), FIELDS, "urn")
                        : FormErrors.of("urn", "urn", problem.detail());
                return page(model, urn, name, errors);
            }
            throw problem;
        }
        Banner.show(redirect, "School added");
        return "redirect:/schools/" + UriUtils.encodePathSegment(urn.trim(), StandardCharsets.UTF_8);
    }

    /** The forms to open an organisation's pages are plain GETs: they change nothing. */
    @GetMapping("/support/open")
    String open(@RequestParam(required = false) String school, @RequestParam(required = false) String provider) {
        supportOnly();
        if (school != null && !school.isBlank()) {
            return "redirect:/schools/" + UriUtils.encodePathSegment(school.trim(), StandardCharsets.UTF_8);
        }
        if (provider != null && !provider.isBlank()) {
            return "redirect:/providers/" + UriUtils.encodePathSegment(provider.trim().toUpperCase(Locale.ROOT), StandardCharsets.UTF_8)
                    + "/placements";
        }
        return "redirect:/support";
    }

    private static String page(Model model, String urn, String name, FormErrors errors) {
        model.addAttribute("urn", urn);
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return "support/start";
    }

    private static void supportOnly() {
        if (!CurrentUser.get().support()) {
            throw new PageNotFound("support pages for a user who is not support");
        }
    }
}

package uk.gov.education.placements.gateway.school;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import uk.gov.education.placements.gateway.client.SchoolService;
import uk.gov.education.placements.gateway.client.School;
import uk.gov.education.placements.gateway.client.ServiceProblem;
import uk.gov.education.placements.gateway.client.Versioned;
import uk.gov.education.placements.gateway.web.Banner;
import uk.gov.education.placements.gateway.web.FormErrors;

/**
 * Organisation details with the placement contact first, and the contact's add and change
 * pages. The gateway checks nothing itself: school-service's messages come back in the problem
 * detail and are put on their fields.
 */
@Controller
class PlacementContactPages {

    static final String CHANGED_MEANWHILE = "The placement contact was changed by someone else after you opened this page. "
            + "Check the current placement contact below, then make your change again.";

    /** school-service's field names, in the order of the form, to the ids of their inputs. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("firstName", "first-name");
        FIELDS.put("lastName", "last-name");
        FIELDS.put("email", "email");
    }

    private final SchoolService schools;
    private final WrittenSchoolVersions written;

    PlacementContactPages(SchoolService schools, WrittenSchoolVersions written) {
        this.schools = schools;
        this.written = written;
    }

    @GetMapping("/schools/{urn}")
    String organisationDetails(@PathVariable String urn, Model model) {
        Versioned<School> school = schools.school(urn);
        model.addAttribute("school", school.value());
        return "school/organisation-details";
    }

    @GetMapping("/schools/{urn}/placement-contact/new")
    String addForm(@PathVariable String urn, Model model) {
        School school = schools.school(urn).value();
        if (school.hasPlacementContact()) {
            return "redirect:/schools/" + urn + "/placement-contact/edit";
        }
        return add(model, school, new ContactForm(null, null, null, null), FormErrors.none());
    }

    @PostMapping("/schools/{urn}/placement-contact/new")
    String add(@PathVariable String urn, @ModelAttribute ContactForm form, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        try {
            written.wrote(urn, schools.addPlacementContact(urn, form.contact()));
        } catch (ServiceProblem problem) {
            if (problem.is("placement-contact-already-added") || problem.isValidation()) {
                response.setStatus(problem.status());
                FormErrors errors = problem.isValidation()
                        ? FormErrors.fromService(problem.errors(), FIELDS, "email")
                        : FormErrors.of("form", "email", problem.detail());
                return add(model, schools.school(urn).value(), form, errors);
            }
            throw problem;
        }
        Banner.show(redirect, "Placement contact added");
        return "redirect:/schools/" + urn;
    }

    @GetMapping("/schools/{urn}/placement-contact/edit")
    String changeForm(@PathVariable String urn, Model model) {
        Versioned<School> school = schools.school(urn);
        if (!school.value().hasPlacementContact()) {
            return "redirect:/schools/" + urn + "/placement-contact/new";
        }
        return change(model, school.value(), ContactForm.of(school.value().placementContact(), school.version()),
                FormErrors.none(), false);
    }

    @PostMapping("/schools/{urn}/placement-contact/edit")
    String change(@PathVariable String urn, @ModelAttribute ContactForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        if (form.version() == null) {
            // Not a submission of the change page (which always carries the version it showed).
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return changeForm(urn, model);
        }
        try {
            written.wrote(urn, schools.changePlacementContact(urn, form.contact(), form.version()));
        } catch (ServiceProblem problem) {
            if (problem.is("school-changed")) {
                // Keep what the user typed, show what is there now, and take the new version: a
                // second submission is then a deliberate choice, not a silent overwrite.
                response.setStatus(HttpStatus.CONFLICT.value());
                Versioned<School> current = schools.school(urn);
                ContactForm kept = new ContactForm(form.firstName(), form.lastName(), form.email(), current.version());
                return change(model, current.value(), kept, FormErrors.of("form", "first-name", CHANGED_MEANWHILE), true);
            }
            if (problem.is("no-placement-contact")) {
                return "redirect:/schools/" + urn + "/placement-contact/new";
            }
            if (problem.isValidation()) {
                response.setStatus(problem.status());
                return change(model, schools.school(urn).value(), form,
                        FormErrors.fromService(problem.errors(), FIELDS, "email"), false);
            }
            throw problem;
        }
        Banner.show(redirect, "Placement contact updated");
        return "redirect:/schools/" + urn;
    }

    private static String add(Model model, School school, ContactForm form, FormErrors errors) {
        model.addAttribute("school", school);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "school/add-placement-contact";
    }

    private static String change(Model model, School school, ContactForm form, FormErrors errors, boolean changedMeanwhile) {
        model.addAttribute("school", school);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("changedMeanwhile", changedMeanwhile);
        return "school/change-placement-contact";
    }
}

package uk.gov.education.placements.gateway.school;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import uk.gov.education.placements.gateway.client.Placement;
import uk.gov.education.placements.gateway.client.PlacementService;
import uk.gov.education.placements.gateway.client.School;
import uk.gov.education.placements.gateway.client.SchoolService;
import uk.gov.education.placements.gateway.client.ServiceProblem;
import uk.gov.education.placements.gateway.client.SubjectCatalogue;
import uk.gov.education.placements.gateway.web.AcademicYears;
import uk.gov.education.placements.gateway.web.Banner;
import uk.gov.education.placements.gateway.web.FormErrors;
import uk.gov.education.placements.gateway.web.PageNotFound;

/**
 * The school's placements tab and each placement: add, view, edit, assign or unassign a partner
 * provider, delete while unassigned. Without a placement contact the tab says what to do first
 * and offers no way to add a placement; placement-service refuses one anyway.
 */
@Controller
class PlacementPages {

    static final String CONTACT_REQUIRED = "placement-contact-required";

    private final SchoolService schools;
    private final PlacementService placements;
    private final SubjectCatalogue subjects;
    private final AcademicYears academicYears;
    private final WrittenSchoolVersions written;

    PlacementPages(SchoolService schools, PlacementService placements, SubjectCatalogue subjects, AcademicYears academicYears,
                   WrittenSchoolVersions written) {
        this.schools = schools;
        this.placements = placements;
        this.subjects = subjects;
        this.academicYears = academicYears;
        this.written = written;
    }

    @GetMapping("/schools/{urn}/placements")
    String list(@PathVariable String urn, Model model) {
        School school = schools.school(urn).value();
        model.addAttribute("school", school);
        model.addAttribute("placements", placements.placements(urn));
        return "school/placements";
    }

    @GetMapping("/schools/{urn}/placements/new")
    String addForm(@PathVariable String urn, Model model) {
        School school = schools.school(urn).value();
        if (!school.hasPlacementContact()) {
            return "redirect:/schools/" + urn + "/placements";
        }
        return form(model, school, null, PlacementForm.empty(), FormErrors.none());
    }

    @PostMapping("/schools/{urn}/placements/new")
    String add(@PathVariable String urn, @ModelAttribute PlacementForm form, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        UUID id;
        try {
            id = placements.create(urn, form.body(subjects), written.of(urn));
        } catch (ServiceProblem problem) {
            if (problem.is(CONTACT_REQUIRED)) {
                return "redirect:/schools/" + urn + "/placements";
            }
            if (problem.isValidation()) {
                response.setStatus(problem.status());
                return form(model, schools.school(urn).value(), null, form, errors(problem, form));
            }
            throw problem;
        }
        Banner.show(redirect, "Placement added");
        return "redirect:/schools/" + urn + "/placements/" + id;
    }

    @GetMapping("/schools/{urn}/placements/{id}")
    String view(@PathVariable String urn, @PathVariable UUID id, Model model) {
        Placement placement = ownPlacement(urn, id);
        model.addAttribute("school", schools.school(urn).value());
        model.addAttribute("placement", placement);
        return "school/placement";
    }

    @GetMapping("/schools/{urn}/placements/{id}/edit")
    String editForm(@PathVariable String urn, @PathVariable UUID id, Model model) {
        Placement placement = ownPlacement(urn, id);
        return form(model, schools.school(urn).value(), placement, PlacementForm.of(placement), FormErrors.none());
    }

    @PostMapping("/schools/{urn}/placements/{id}/edit")
    String edit(@PathVariable String urn, @PathVariable UUID id, @ModelAttribute PlacementForm form, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        Placement before = ownPlacement(urn, id);
        // The phase is not a question on the edit page: a placement keeps its phase.
        PlacementForm submitted = new PlacementForm(before.phase(), form.primarySubject(), form.secondarySubject(),
                form.additionalSubjects(), form.yearGroup(), form.academicYear(), form.terms(), form.mentors(),
                form.mentorsNotKnown());
        Placement after;
        try {
            after = placements.edit(id, submitted.body(subjects), written.of(urn));
        } catch (ServiceProblem problem) {
            if (problem.is(CONTACT_REQUIRED)) {
                return "redirect:/schools/" + urn + "/placements";
            }
            if (problem.isValidation()) {
                response.setStatus(problem.status());
                return form(model, schools.school(urn).value(), before, submitted, errors(problem, submitted));
            }
            throw problem;
        }
        Banner.show(redirect, updatedBanner(before, after));
        return "redirect:/schools/" + urn + "/placements/" + id;
    }

    @GetMapping("/schools/{urn}/placements/{id}/provider")
    String providerForm(@PathVariable String urn, @PathVariable UUID id, Model model) {
        Placement placement = ownPlacement(urn, id);
        return providerForm(model, urn, placement, FormErrors.none());
    }

    @PostMapping("/schools/{urn}/placements/{id}/provider")
    String assign(@PathVariable String urn, @PathVariable UUID id, @RequestParam(required = false) String providerCode,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Placement placement = ownPlacement(urn, id);
        try {
            if ("not-yet-known".equals(providerCode)) {
                placements.unassignProvider(id);
                Banner.show(redirect, "Provider removed");
            } else {
                placements.assignProvider(id, providerCode);
                Banner.show(redirect, "Provider updated");
            }
        } catch (ServiceProblem problem) {
            if (problem.isValidation() || problem.is("not-a-partner-provider")) {
                response.setStatus(problem.status());
                String message = problem.isValidation() ? problem.errors().get(0).message() : problem.detail();
                return providerForm(model, urn, placement, FormErrors.of("providerCode", "provider-code", message));
            }
            throw problem;
        }
        return "redirect:/schools/" + urn + "/placements/" + id;
    }

    @GetMapping("/schools/{urn}/placements/{id}/delete")
    String deleteForm(@PathVariable String urn, @PathVariable UUID id, Model model) {
        model.addAttribute("placement", ownPlacement(urn, id));
        return "school/delete-placement";
    }

    @PostMapping("/schools/{urn}/placements/{id}/delete")
    String delete(@PathVariable String urn, @PathVariable UUID id, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            placements.delete(id);
        } catch (ServiceProblem problem) {
            if (problem.is("placement-assigned")) {
                // Assigned since the page was shown: say why it cannot go, as the page would have.
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("placement", ownPlacement(urn, id));
                return "school/delete-placement";
            }
            throw problem;
        }
        Banner.show(redirect, "Placement deleted");
        return "redirect:/schools/" + urn + "/placements";
    }

    /** A placement of another school is not on this school's pages, whoever may read it. */
    private Placement ownPlacement(String urn, UUID id) {
        Placement placement = placements.placement(id);
        if (!Objects.equals(placement.schoolUrn(), urn)) {
            throw new PageNotFound("placement " + id + " of another school");
        }
        return placement;
    }

    private String form(Model model, School school, Placement placement, PlacementForm form, FormErrors errors) {
        model.addAttribute("school", school);
        model.addAttribute("placement", placement);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("primarySubjects", subjects.mainSubjectsOf("primary"));
        model.addAttribute("secondarySubjects", subjects.mainSubjectsOf("secondary"));
        model.addAttribute("modernLanguages", subjects.additionalSubjectsOf("modern_languages"));
        model.addAttribute("academicYears", academicYears.choices());
        return "school/placement-form";
    }

    private String providerForm(Model model, String urn, Placement placement, FormErrors errors) {
        model.addAttribute("placement", placement);
        model.addAttribute("partnerProviders", placements.partnerProviders(urn));
        model.addAttribute("errors", errors);
        return "school/placement-provider";
    }

    /** placement-service's field names to the inputs that answer them, in the order of the form. */
    private static FormErrors errors(ServiceProblem problem, PlacementForm form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("phase", "phase");
        fields.put("subject", switch (form.phase() == null ? "" : form.phase()) {
            case "primary" -> "primary-subject";
            case "secondary" -> "secondary-subject";
            default -> "phase";
        });
        fields.put("additionalSubjects", "additional-subjects");
        fields.put("yearGroup", "year-group");
        fields.put("academicYear", "academic-year");
        fields.put("terms", "terms");
        fields.put("mentors", "mentors");
        return FormErrors.fromService(problem.errors(), fields, "phase");
    }

    /** Production's banners name what changed when one thing did. */
    private static String updatedBanner(Placement before, Placement after) {
        boolean mentors = !Objects.equals(before.mentors(), after.mentors());
        boolean yearGroup = !Objects.equals(before.yearGroup(), after.yearGroup());
        boolean others = !Objects.equals(before.subject(), after.subject())
                || !Objects.equals(before.additionalSubjects(), after.additionalSubjects())
                || !Objects.equals(before.academicYear(), after.academicYear())
                || !Objects.equals(before.terms(), after.terms());
        if (mentors && !yearGroup && !others) {
            return "Mentor updated";
        }
        if (yearGroup && !mentors && !others) {
            return "Year group updated";
        }
        return "Placement updated";
    }
}

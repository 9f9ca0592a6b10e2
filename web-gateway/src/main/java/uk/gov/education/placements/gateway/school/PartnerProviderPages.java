package uk.gov.education.placements.gateway.school;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import uk.gov.education.placements.gateway.client.PlacementService;
import uk.gov.education.placements.gateway.client.SchoolService;
import uk.gov.education.placements.gateway.client.ServiceProblem;
import uk.gov.education.placements.gateway.web.Banner;
import uk.gov.education.placements.gateway.web.FormErrors;
import uk.gov.education.placements.gateway.web.PageNotFound;

/**
 * A school's partner providers: the providers it may assign placements to. There is no provider
 * register in this system yet, so a provider is shown by its code.
 */
@Controller
class PartnerProviderPages {

    private final SchoolService schools;
    private final PlacementService placements;

    PartnerProviderPages(SchoolService schools, PlacementService placements) {
        this.schools = schools;
        this.placements = placements;
    }

    @GetMapping("/schools/{urn}/partner-providers")
    String list(@PathVariable String urn, Model model) {
        model.addAttribute("school", schools.school(urn).value());
        model.addAttribute("partnerProviders", placements.partnerProviders(urn));
        return "school/partner-providers";
    }

    @GetMapping("/schools/{urn}/partner-providers/new")
    String addForm(@PathVariable String urn, Model model) {
        return addForm(model, urn, null, FormErrors.none());
    }

    @PostMapping("/schools/{urn}/partner-providers/new")
    String add(@PathVariable String urn, @RequestParam(required = false) String providerCode, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        try {
            placements.addPartnerProvider(urn, providerCode);
        } catch (ServiceProblem problem) {
            if (problem.isValidation() || problem.is("partnership-exists")) {
                response.setStatus(problem.status());
                String message = problem.isValidation()
                        ? problem.errors().get(0).message()
                        : name(providerCode) + " has already been added. Try another provider";
                return addForm(model, urn, providerCode, FormErrors.of("providerCode", "provider-code", message));
            }
            throw problem;
        }
        Banner.show(redirect, "Provider added", "You can now add " + name(providerCode) + " to your placements.");
        return "redirect:/schools/" + urn + "/partner-providers";
    }

    @GetMapping("/schools/{urn}/partner-providers/{code}/remove")
    String removeForm(@PathVariable String urn, @PathVariable String code, Model model) {
        if (!placements.partnerProviders(urn).contains(code)) {
            throw new PageNotFound("no partnership with " + code);
        }
        return removeForm(model, urn, code, null);
    }

    @PostMapping("/schools/{urn}/partner-providers/{code}/remove")
    String remove(@PathVariable String urn, @PathVariable String code, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            placements.removePartnerProvider(urn, code);
        } catch (ServiceProblem problem) {
            if (problem.is("partnership-has-assigned-placements")) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return removeForm(model, urn, code, problem.detail());
            }
            throw problem;
        }
        Banner.show(redirect, "Provider deleted", "You can no longer assign " + name(code) + " to your placements.");
        return "redirect:/schools/" + urn + "/partner-providers";
    }

    private String addForm(Model model, String urn, String providerCode, FormErrors errors) {
        model.addAttribute("school", schools.school(urn).value());
        model.addAttribute("providerCode", providerCode);
        model.addAttribute("errors", errors);
        return "school/add-partner-provider";
    }

    private String removeForm(Model model, String urn, String code, String refusal) {
        model.addAttribute("school", schools.school(urn).value());
        model.addAttribute("providerCode", code);
        model.addAttribute("refusal", refusal);
        return "school/remove-partner-provider";
    }

    /** Codes are upper case in the register; the service accepts them in any case. */
    private static String name(String providerCode) {
        return providerCode == null ? "" : providerCode.trim().toUpperCase(Locale.ROOT);
    }
}

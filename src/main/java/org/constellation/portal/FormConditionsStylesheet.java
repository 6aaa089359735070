package org.constellation.portal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.constellation.workflow.CamundaForm;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The form's conditions (a field shown only for contributions...) as CSS, so that they work without JavaScript: a field
 * is hidden until the field it depends on holds the value. A browser without :has() shows every field.
 */
@RestController
class FormConditionsStylesheet {

    private final String css;

    FormConditionsStylesheet(SubmissionFormView view) {
        Set<String> rules = new LinkedHashSet<>();
        for (CamundaForm.Component component : view.form().inputs()) {
            CamundaForm.Condition when = component.shownWhen();
            if (when != null) {
                String shown = "[data-show-when=\"" + when.key() + "=" + when.value() + "\"]";
                rules.add("  form:has([name=\"" + when.key() + "\"][value=\"" + when.value() + "\"]:checked) " + shown
                        + ",\n"
                        + "  form:has(select[name=\"" + when.key() + "\"] option[value=\"" + when.value()
                        + "\"]:checked) "
                        + shown + " { display: block; }");
            }
        }
        this.css = "@supports selector(:has(a)) {\n  .form-conditional { display: none; }\n" + String.join("\n", rules)
                + "\n}\n";
    }

    @GetMapping("/assets/form-conditions.css")
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .cacheControl(CacheControl.noCache())
                .body(css);
    }
}

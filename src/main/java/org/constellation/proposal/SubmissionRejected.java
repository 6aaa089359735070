package org.constellation.proposal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/** A submission that breaks the form's rules; nothing was stored. Carries one error per offending field. */
public class SubmissionRejected extends RuntimeException {

    /** A field's refusal, in the field's own words if it has some (validation.{code}.{field}), else the code's. */
    public record FieldError(String field, String code, Object... arguments) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] {"validation." + code + "." + field, "validation." + code};
        }

        @Override
        public Object[] getArguments() {
            return arguments;
        }
    }

    private final List<FieldError> errors;

    SubmissionRejected(List<FieldError> errors, MessageSource messages, Locale locale) {
        super(describe(errors, messages, locale));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** "Titre : ce champ est obligatoire. Courriel : adresse invalide." in the reader's language. */
    public String readableMessage() {
        return getMessage();
    }

    private static String describe(List<FieldError> errors, MessageSource messages, Locale locale) {
        return errors.stream()
                .map(error -> messages.getMessage("field." + error.field(), null, error.field(), locale)
                        + messages.getMessage("punctuation.colon", null, locale)
                        + messages.getMessage(error, locale))
                .collect(Collectors.joining(" "));
    }
}

package org.constellation.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The Camunda Forms a deployment holds (forms/{id}.form, deployed with the processes that use them), read once: a
 * deployment never changes. What a person may submit to a process version is what its forms say.
 */
public final class DeployedForms {

    private static final Map<String, CamundaForm> FORMS = new ConcurrentHashMap<>();

    private DeployedForms() {}

    /** The resource name of a form in a deployment. */
    public static String resource(String formId) {
        return "forms/" + formId + ".form";
    }

    /** The form {@code formId} of {@code deploymentId}, read from {@code content} the first time it is asked for. */
    public static CamundaForm of(String deploymentId, String formId, Supplier<InputStream> content) {
        return FORMS.computeIfAbsent(deploymentId + "/" + formId, key -> {
            try (InputStream in = content.get()) {
                if (in == null) {
                    throw new IllegalStateException("Deployment " + deploymentId + " has no " + resource(formId));
                }
                return CamundaForm.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Unreadable form " + formId + " of deployment " + deploymentId, e);
            }
        });
    }
}

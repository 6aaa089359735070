package org.constellation.call;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The stored calls as engine adapters of other capabilities read them, so that they never reach into this capability's
 * repository (ModuleBoundariesTest).
 */
@Component
public class Calls {

    private final CallRepository repository;

    public Calls(CallRepository repository) {
        this.repository = repository;
    }

    /** The call {@code id}; there is one, since the process that asks was started for it. */
    public Call get(Long id) {
        return repository.findById(id).orElseThrow();
    }

    public Optional<Call> bySlug(String slug) {
        return repository.findBySlug(slug);
    }
}

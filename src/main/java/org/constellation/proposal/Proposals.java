package org.constellation.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The stored proposals as engine adapters of other capabilities read them, so that they never reach into this
 * capability's repository (ModuleBoundariesTest).
 */
@Component
public class Proposals {

    private final ProposalRepository repository;

    public Proposals(ProposalRepository repository) {
        this.repository = repository;
    }

    /** The proposal {@code id}; there is one, since the process that asks was started for it. */
    public Proposal get(Long id) {
        return repository.findById(id).orElseThrow();
    }

    public Optional<Proposal> find(Long id) {
        return repository.findById(id);
    }

    /** Every proposal of the call, in the order they came. */
    public List<Proposal> ofCall(Long callId) {
        return repository.findByCallIdOrderById(callId);
    }
}

package org.constellation.programme;

/**
 * Published in the transaction that publishes a proposal's programme entry, changes a published entry's times or
 * cancels it: what was computed from its sessions is computed again (ADR 13), the holder's obligations' due dates.
 */
public record ProgrammeEntryChanged(Long proposalId) {}

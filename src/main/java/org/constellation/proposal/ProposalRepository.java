package org.constellation.proposal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProposalRepository extends JpaRepository<Proposal, Long>, JpaSpecificationExecutor<Proposal> {

    /** Ended cases whose erasure comes before {@code before} and whose holder is not yet warned. */
    @Query("select p.id from Proposal p where p.erasedAt is null and p.erasureWarnedAt is null "
            + "and p.eraseAfter < :before order by p.eraseAfter, p.id")
    List<Long> findIdsToWarn(@Param("before") OffsetDateTime before, Pageable page);

    /** Warned cases whose erasure date has come. */
    @Query("select p.id from Proposal p where p.erasedAt is null and p.erasureWarnedAt is not null "
            + "and p.eraseAfter <= :now order by p.eraseAfter, p.id")
    List<Long> findIdsToErase(@Param("now") OffsetDateTime now, Pageable page);

    /** Locks the proposal's row for this transaction, unless another (another node) holds it: then empty. */
    @Query(value = "select id from proposal where id = :id for update skip locked", nativeQuery = true)
    Optional<Long> lockUnlessTaken(@Param("id") Long id);

    Optional<Proposal> findBySubmissionKey(String submissionKey);

    List<Proposal> findByContactEmailIgnoreCase(String contactEmail);

    List<Proposal> findByCallIdAndIdNotOrderByTitle(Long callId, Long excludedId);

    List<Proposal> findByCallIdOrderById(Long callId);

    List<Proposal> findByCallIdInOrderById(Collection<Long> callIds);

    Optional<Proposal> findFirstByRenewedFromIdAndCallId(Long renewedFromId, Long callId);

    /** How many proposals of a call are in each status: status, count. */
    @Query("select p.status, count(p) from Proposal p where p.call.id = :callId group by p.status")
    List<Object[]> countByStatus(@Param("callId") Long callId);

    /** The process instances of a call's cases. */
    @Query("select p.processInstanceId from Proposal p where p.call.id = :callId and p.processInstanceId is not null")
    List<String> findProcessInstanceIdsByCallId(@Param("callId") Long callId);
}

package org.constellation.notification;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /**
     * Whether this mail was queued before. Without flushing first: rows are inserted as soon as saved (identity keys),
     * and a flush before each of a group message's 5,000 checks would dirty-check every row the request holds (the
     * holders, their mails): 5,000 checks then cost 100 s instead of seconds.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<OutboxMail> findByOccurrenceKey(String occurrenceKey);

    /** The row a delivery works on, locked: a second delivery of the same mail waits, then finds it sent. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMail m where m.id = :id")
    Optional<OutboxMail> lockById(@Param("id") Long id);

    List<OutboxMail> findByProposalIdOrderById(Long proposalId);

    List<OutboxMail> findByRecipientIgnoreCaseOrderById(String recipient);

    /** The mails of several proposals, newest first: the case list's last mail of each. */
    List<OutboxMail> findByProposalIdInOrderByIdDesc(List<Long> proposalIds);

    long countByOccurrenceKeyStartingWithAndStatus(String occurrenceKeyPrefix, OutboxMail.Status status);

    /** One page of the outbox, newest first, with the count of all that match. */
    @Query(value = """
      select m from OutboxMail m
       where (:callId is null or m.callId = :callId)
         and (:template is null or m.template = :template)
         and (:status is null or m.status = :status)
       order by m.id desc""", countQuery = """
      select count(m) from OutboxMail m
       where (:callId is null or m.callId = :callId)
         and (:template is null or m.template = :template)
         and (:status is null or m.status = :status)""")
    Page<OutboxMail> search(
            @Param("callId") Long callId,
            @Param("template") String template,
            @Param("status") OutboxMail.Status status,
            Pageable page);
}

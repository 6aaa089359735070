package org.constellation.obligation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ObligationRepository extends JpaRepository<Obligation, Long> {

    String VIEW = "select new org.constellation.obligation.ObligationView(o.id, o.proposalId, o.position, o.rule.label,"
            + " o.rule.kind, o.dueOn, o.metAt, o.evidenceUrl, o.evidenceText, o.photoType, o.checkedBy)"
            + " from Obligation o";

    /** A proposal's obligations in the call's order, without their photos' bytes. */
    @Query(VIEW + " where o.proposalId = :proposalId order by o.position")
    List<ObligationView> viewsOf(@Param("proposalId") Long proposalId);

    @Query(VIEW + " where o.id = :id")
    Optional<ObligationView> view(@Param("id") Long id);

    boolean existsByProposalId(Long proposalId);

    /** One obligation whole, its photo's bytes with it: to give its evidence, or to download its photo. */
    Optional<Obligation> findByProposalIdAndPosition(Long proposalId, int position);

    /** A proposal's obligations whole, to move their due dates: seldom, when its event's sessions move. */
    List<Obligation> findByProposalIdOrderByPosition(Long proposalId);

    /** The obligations a cancelled event no longer owes: those not met. */
    @Modifying
    @Query("delete from Obligation o where o.proposalId = :proposalId and o.metAt is null")
    int deleteUnmet(@Param("proposalId") Long proposalId);

    /** How many unmet obligations past their due date each of these proposals has: [proposal id, count]. */
    @Query("select o.proposalId, count(o) from Obligation o where o.proposalId in :proposalIds and o.metAt is null"
            + " and o.dueOn < :today group by o.proposalId")
    List<Object[]> countLate(@Param("proposalIds") Collection<Long> proposalIds, @Param("today") LocalDate today);
}

package org.constellation.forum;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ForumMeetingRepository extends JpaRepository<ForumMeeting, Long> {

    List<ForumMeeting> findByCallIdOrderBySlotAscTableAsc(Long callId);

    @Query("select m from ForumMeeting m where m.firstProposalId = :id or m.secondProposalId = :id order by m.slot")
    List<ForumMeeting> findByProposal(@Param("id") Long proposalId);

    @Modifying
    @Query("delete from ForumMeeting m where m.callId = :callId")
    void deleteByCall(@Param("callId") Long callId);
}

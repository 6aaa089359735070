-- A subsidy's agreement (« convention », issue 32, part 4), one per funded proposal that needs one: when it was first
-- mailed to the holder, and when and how it was accepted: through its single-use link (LINK), or by a signed copy
-- (SIGNED_COPY) the holder uploaded or the team received by post and recorded (recorded_by, the team member), with the
-- day it was signed. Its text is not kept: it is written again from the award and the call's terms each time.
-- The single-use link is an action link of tracking_token (purpose AGREEMENT, its column already wide enough).
create table funding_agreement (
  proposal_id      bigint primary key references proposal(id) on delete cascade,
  sent_at          timestamp with time zone not null,
  accepted_at      timestamp with time zone,
  accepted_how     varchar(16),
  signed_copy      bytea,
  signed_copy_type varchar(100),
  signed_on        date,
  recorded_by      varchar(64)
);

-- The call's particular clauses, written into each of its agreements (« Clauses particulières de la convention »).
alter table call_for_participation add column funding_agreement_clauses varchar(4000);

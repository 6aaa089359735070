-- Awards within a call's envelope (issue 32, part 3). A coordinator awards a proposal of a funding call an amount up to
-- what its budget asked (in cents, the amount asked kept beside it), with a reason when less than asked and conditions,
-- on the call's awards page; the call's row is locked while its awards are summed, so that they never pass its envelope.
-- Each award has a reference, the decision's number: the season's year and a number of this sequence (SUB-2027-0007).
create table funding_award (
  proposal_id bigint                   primary key references proposal(id),
  call_id     bigint                   not null,
  amount      bigint                   not null,
  asked       bigint                   not null,
  reason      varchar(2000),
  conditions  varchar(4000),
  decided_at  timestamp with time zone not null,
  decided_by  varchar(64)              not null,
  reference   varchar(40)              not null unique
);

create index funding_award_call on funding_award(call_id);

create sequence funding_award_number;

-- A subsidy refused, with the coordinator's reason, which the holder reads in the mail that tells them.
create table funding_refusal (
  proposal_id bigint                   primary key references proposal(id),
  reason      varchar(2000),
  decided_at  timestamp with time zone,
  decided_by  varchar(64)
);

-- Delays a call may set for its own timers (ISO-8601 periods such as P7D); empty, the application's defaults apply
-- (constellation.process.*).
alter table call_for_participation add column deadline_reminder_delay varchar(20);
alter table call_for_participation add column information_reminder_delay varchar(20);
alter table call_for_participation add column information_closing_delay varchar(20);
alter table call_for_participation add column eligibility_check_delay varchar(20);

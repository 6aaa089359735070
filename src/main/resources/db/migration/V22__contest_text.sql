-- How to contest an ineligibility (issue 28, « Voies de recours »): the call's own text, shown in the ineligibility
-- mail and on the tracking page; null: the default, which names the organiser and its address.
alter table call_for_participation add column contest_text varchar(4000);

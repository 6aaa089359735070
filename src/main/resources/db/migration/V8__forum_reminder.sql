-- How long before its forum a call reminds the invited holders (ISO-8601 period); empty, the default applies.
alter table call_for_participation add column forum_reminder_delay varchar(20);

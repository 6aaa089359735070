-- Staff mails (a task assigned, overdue tasks, the daily digest) go through the outbox too; a digest spans calls.
alter table outbox_mail alter column call_id drop not null;

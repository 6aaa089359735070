-- WEB-03: a state-changing action (withdrawal) needs a fresh single-use link mailed to the holder, short-lived.
-- Tracking links have no purpose; an action link names its action and is used once.
alter table tracking_token add column purpose varchar(20);
alter table tracking_token add column used_at timestamp with time zone;

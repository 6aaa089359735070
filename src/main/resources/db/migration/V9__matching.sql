-- Partner matching: where each commune of a territory lies (its centre, WGS 84), whether a holder agrees to be
-- introduced to other participants (never assumed), and how many people a room offered holds.
alter table call_commune add column latitude double precision;
alter table call_commune add column longitude double precision;
alter table proposal add column introduction_consent boolean not null default false;
alter table proposal add column room_capacity integer;

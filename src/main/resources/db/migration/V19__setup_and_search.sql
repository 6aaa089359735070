-- What a coordinator tripped on (issue 27). A draft's changes made rules versions: a call never opened read
-- "version 4". Its first version is the one it opens with, and nothing was ever checked against a draft.
update call_for_participation set rules_version = 1 where status = 'DRAFT';

-- The case search compares words without case or accents ("foret" finds « forêt »): the application writes this
-- text with each proposal (SearchText) and V20 writes it for those already there; a plain LIKE reads it on
-- PostgreSQL and H2 alike, with no extension to create.
alter table proposal add column search_text varchar(1000);

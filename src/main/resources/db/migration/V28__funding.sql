-- A call that funds projects (issue 32, parts 1 and 2). The call's terms: on or off, its envelope, its ceiling per
-- project and its largest share of eligible expenses (amounts in cents, shares in percent), the advance's share, the
-- final report's delay after the project's end (ISO-8601), the amount above which an agreement is required (23 000 €,
-- loi 2000-321 and décret 2001-495) or an agreement always, and the funder's name and SIRET.
alter table call_for_participation add column funding_enabled boolean not null default false;
alter table call_for_participation add column funding_envelope bigint;
alter table call_for_participation add column funding_ceiling bigint;
alter table call_for_participation add column funding_largest_share integer;
alter table call_for_participation add column funding_advance_share integer not null default 50;
alter table call_for_participation add column funding_report_delay varchar(16) not null default 'P6M';
alter table call_for_participation add column funding_agreement_threshold bigint not null default 2300000;
alter table call_for_participation add column funding_agreement_always boolean not null default false;
alter table call_for_participation add column funding_funder_name varchar(200);
alter table call_for_participation add column funding_funder_siret varchar(14);

-- The categories of expenses the call funds a share of, in words, in the page's order.
create table call_funding_category (
  call_id  bigint       not null references call_for_participation(id) on delete cascade,
  position integer      not null,
  label    varchar(200) not null,
  primary key (call_id, position)
);

-- The organisation's SIRET, given with a budget.
alter table organisation add column siret varchar(14);

-- A proposal's forecast budget, line by line in its order: an expense by the call's category (its words as answered),
-- the other expenses, the amount asked of the call, another public funder (its name, asked or obtained), own funds, a
-- contribution in kind (its words, counted as an expense and a resource alike). Amounts in cents.
create table proposal_budget_line (
  proposal_id bigint       not null references proposal(id) on delete cascade,
  position    integer      not null,
  kind        varchar(16)  not null,
  label       varchar(300),
  amount      bigint       not null,
  obtained    boolean,
  primary key (proposal_id, position)
);

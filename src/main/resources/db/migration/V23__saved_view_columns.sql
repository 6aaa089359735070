-- The columns a saved view of the case table shows (issue 28, item 5): CaseColumns' ids separated by commas, in the
-- table's order; null: every column, as views saved before had.
alter table saved_view add column columns text;

-- An imported case file now becomes a draft the author reviews and publishes (issue 21). The file is
-- kept as it was imported until the draft's first change, so that publishing at once publishes it
-- whole, with what the editor cannot hold (headings, corrections, …); the first change drops it, and
-- from then on the case is published from the draft, as any other.
alter table case_draft add column imported_file varchar(1000000);

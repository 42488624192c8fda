-- The article's text (up to 100 KB) is stored apart from the draft's JSON, which from now on holds
-- the article's text empty: the text never changes after pasting, so saving a change to the draft
-- writes only the small JSON (issue 21: attaching a quote was slow). Drafts stored before keep their
-- text in the JSON until their next change moves it here.
alter table case_draft add column article_text varchar(100000);

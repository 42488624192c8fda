-- "Why I chose this" (issue 18): a student's optional reason for a submission, stored as they typed
-- it (no hidden characters, at most ClassSubmission.REASON_LENGTH). Existing submissions have none.
alter table class_submission add column reason varchar(500);

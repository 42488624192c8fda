-- A teacher can remove a student from a class (issue 22). The row stays, so that the submissions the
-- teacher chose to keep still name their author and the name stays taken; the token stops working.
alter table class_participant add column removed_at timestamp with time zone;

-- Issue 16, point 2: a task nobody was assigned to appeared in nobody's list. New tasks are now assigned
-- to their creator when no one is named; the tasks already without an assignee go to whoever created
-- them, when known. The version moves on, so a client still holding the old task gets a 409 instead of
-- writing the missing assignee back.
update activities
set assignee_id = created_by, version = version + 1
where type = 'TASK' and assignee_id is null and created_by is not null;

-- What stays unassigned (no creator known, or cleared on purpose) is listed for managers and admins,
-- soonest due first, and in the owner's "my tasks".
create index activities_unassigned_tasks on activities (due_at, id)
    where type = 'TASK' and status = 'OPEN' and deleted_at is null and assignee_id is null;
create index activities_open_unassigned_by_owner on activities (owner_id, due_at, id)
    where type = 'TASK' and status = 'OPEN' and deleted_at is null and assignee_id is null;

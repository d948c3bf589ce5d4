-- Issue 16: the week calendar reads a member's tasks by due time (open and done), the meetings they own by
-- their start and the calls they own by their time, each from its own index range.
create index activities_tasks_by_assignee_due on activities (assignee_id, due_at)
    where type = 'TASK' and deleted_at is null and due_at is not null;
create index activities_unassigned_tasks_by_owner_due on activities (owner_id, due_at)
    where type = 'TASK' and deleted_at is null and due_at is not null and assignee_id is null;
create index activities_meetings_by_owner_start on activities (owner_id, starts_at)
    where type = 'MEETING' and deleted_at is null;
create index activities_calls_by_owner_time on activities (owner_id, occurred_at)
    where type = 'CALL' and deleted_at is null;

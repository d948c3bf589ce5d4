-- The organization's recent activity across every timeline (the home dashboard), newest first.
create index activities_recent on activities (occurred_at desc, id desc) where deleted_at is null;

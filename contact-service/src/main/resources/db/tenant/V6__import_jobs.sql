-- CSV imports run as jobs: progress is saved per batch, so a client can watch it and a job whose
-- instance died is recognized by its stale heartbeat.
create table import_jobs (
    id             uuid primary key,
    status         varchar(20)  not null,
    dry_run        boolean      not null,
    file_name      varchar(255),
    encoding       varchar(20)  not null,
    delimiter      varchar(1)   not null,
    headers        text[]       not null,
    mapping        jsonb        not null,
    total_rows     integer,
    processed_rows integer      not null default 0,
    created        integer      not null default 0,
    updated        integer      not null default 0,
    skipped        integer      not null default 0,
    failed         integer      not null default 0,
    companies_created integer   not null default 0,
    outcomes       jsonb        not null default '[]',
    failure_reason text,
    created_by     uuid         not null,
    created_at     timestamptz  not null,
    heartbeat_at   timestamptz  not null,
    finished_at    timestamptz
);

-- Rejected rows with their original cells, for the error file.
create table import_job_errors (
    job_id uuid    not null references import_jobs (id) on delete cascade,
    row    integer not null,
    cells  text[]  not null,
    error  text    not null,
    primary key (job_id, row)
);

-- Imports link rows to companies by name when no domain is given: V5's companies_name index
-- (lower(name), id) serves that lookup.

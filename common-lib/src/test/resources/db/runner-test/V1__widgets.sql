create table widgets (id uuid primary key);

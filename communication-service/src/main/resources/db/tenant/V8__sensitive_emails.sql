-- The platform's emails that carry a secret (a password reset link): their content is not kept once sent.
alter table emails add column sensitive boolean not null default false;

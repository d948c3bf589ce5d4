-- Every sign-out deletes the cut-offs older than a day (TokenCutoffs.endSession): by age, not by a scan
-- of the whole table once it holds a cut-off per session of the day.
create index if not exists token_cutoffs_not_before on public.token_cutoffs (not_before);

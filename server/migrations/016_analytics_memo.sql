-- Figures of days that can no longer change (events older than 90 days are not counted), kept once
-- computed: a report over a year then scans only its last months (bench/bench_analytics). `kind` names
-- the figure (consumers, wau, mau, cohort); `extra` is the cohort's join day.
CREATE TABLE analytics_memo (
    kind TEXT NOT NULL,
    from_day INTEGER NOT NULL,
    to_day INTEGER NOT NULL,
    extra BIGINT NOT NULL DEFAULT 0,
    value DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (kind, from_day, to_day, extra)
);
CREATE INDEX analytics_memo_to ON analytics_memo (to_day);

-- Reading per content item over a final calendar month, so top content over a year sums a few
-- thousand rows per month instead of every day's. A month is filled once (marked in analytics_memo).
CREATE TABLE content_monthly (
    month_day INTEGER NOT NULL,
    item_type TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    reading_seconds BIGINT NOT NULL,
    completions BIGINT NOT NULL,
    reads BIGINT NOT NULL,
    PRIMARY KEY (month_day, item_type, item_id)
);

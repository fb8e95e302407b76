-- Counters kept as usage events arrive, so the admin report reads a handful of rows per period instead
-- of scanning a year of member-days (docs/analytics.md, "Counters"). Both are built here from the rows
-- already there, and from now on moved by the ingest in the same transaction as the rollups.

-- `members` came back on `day` after last coming on `prev_day` (-1: their first day). The distinct
-- members of any range [a, b] are those whose first day in it returns from before it:
-- SUM(members) WHERE day BETWEEN a AND b AND prev_day < a. kind 0 counts days with any activity (DAU,
-- WAU, MAU), kind 1 days with reading or a completion (the consumers C).
CREATE TABLE activity_returns (
    kind SMALLINT NOT NULL,
    day INTEGER NOT NULL,
    prev_day INTEGER NOT NULL,
    members BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, day, prev_day)
);
INSERT INTO activity_returns (kind, day, prev_day, members)
SELECT 0, day, prev_day, COUNT(*) FROM (
    SELECT day, COALESCE(LAG(day) OVER (PARTITION BY user_id ORDER BY day), -1) AS prev_day
    FROM activity_daily WHERE batches > 0) r
GROUP BY day, prev_day;
INSERT INTO activity_returns (kind, day, prev_day, members)
SELECT 1, day, prev_day, COUNT(*) FROM (
    SELECT day, COALESCE(LAG(day) OVER (PARTITION BY user_id ORDER BY day), -1) AS prev_day
    FROM activity_daily WHERE consumed = 1) r
GROUP BY day, prev_day;

-- Members who joined in the week starting `join_week` and were active in the week starting
-- `active_week` (Monday weeks, named by their first day): the retention cohorts.
CREATE TABLE cohort_weeks (
    join_week INTEGER NOT NULL,
    active_week INTEGER NOT NULL,
    members BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (join_week, active_week)
);
INSERT INTO cohort_weeks (join_week, active_week, members)
SELECT join_week, active_week, COUNT(*) FROM (
    SELECT DISTINCT a.user_id,
        u.created_at / 86400000 - (u.created_at / 86400000 + 3) % 7 AS join_week,
        a.day - (a.day + 3) % 7 AS active_week
    FROM activity_daily a JOIN users u ON u.id = a.user_id WHERE a.batches > 0) c
GROUP BY join_week, active_week;

-- Reading per item per Monday week, next to content_monthly (migration 036): top content over a range
-- sums whole months and weeks and reads daily rows only for a few days at its ends.
CREATE TABLE content_weekly (
    week_day INTEGER NOT NULL,
    item_type TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    reading_seconds BIGINT NOT NULL,
    completions BIGINT NOT NULL,
    reads BIGINT NOT NULL,
    PRIMARY KEY (week_day, item_type, item_id)
);
INSERT INTO content_weekly (week_day, item_type, item_id, reading_seconds, completions, reads)
SELECT day - (day + 3) % 7, item_type, item_id, SUM(reading_seconds), SUM(completions), SUM(reads)
FROM content_daily
GROUP BY day - (day + 3) % 7, item_type, item_id;

-- The memo of final days' figures is replaced by the counters above.
DROP TABLE analytics_memo;

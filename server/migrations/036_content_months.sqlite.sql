-- content_monthly now holds every month, the current ones too, moved by the ingest with content_daily
-- (it used to be filled once a month was final). Refilled here from the daily rows.
DELETE FROM content_monthly;
INSERT INTO content_monthly (month_day, item_type, item_id, reading_seconds, completions, reads)
SELECT CAST(julianday(date(day * 86400, 'unixepoch', 'start of month')) - 2440587.5 AS INTEGER),
    item_type, item_id, SUM(reading_seconds), SUM(completions), SUM(reads)
FROM content_daily
GROUP BY 1, item_type, item_id;

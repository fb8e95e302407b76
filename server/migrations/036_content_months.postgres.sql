-- content_monthly now holds every month, the current ones too, moved by the ingest with content_daily
-- (it used to be filled once a month was final). Refilled here from the daily rows.
DELETE FROM content_monthly;
INSERT INTO content_monthly (month_day, item_type, item_id, reading_seconds, completions, reads)
SELECT CAST(date_trunc('month', DATE '1970-01-01' + day) AS DATE) - DATE '1970-01-01',
    item_type, item_id, SUM(reading_seconds), SUM(completions), SUM(reads)
FROM content_daily
GROUP BY 1, item_type, item_id;

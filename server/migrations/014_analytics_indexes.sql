-- What the analytics report asks most (measured in bench/bench_analytics): members who joined in a
-- range (N, new members, cohorts), and the members who consumed something on given days (p).
CREATE INDEX users_joined ON users (created_at);
CREATE INDEX activity_daily_consumers ON activity_daily (day, user_id) WHERE consumed = 1;

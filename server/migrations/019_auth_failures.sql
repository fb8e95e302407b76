-- Failed sign-ins and redeem-code guesses, shared by every server process: LoginThrottle counts them per
-- account (growing delays) and per address (which then may only try accounts that have not failed).
CREATE TABLE auth_failures (
    id {{id}},
    scope TEXT NOT NULL,
    account TEXT NOT NULL,
    address TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX auth_failures_account ON auth_failures (scope, account, at);
CREATE INDEX auth_failures_address ON auth_failures (scope, address, at);

-- Rate limit counters, shared by every instance of the backend: requests per caller (bucket, e.g.
-- 'partner:<client id>') in a fixed window. UNLOGGED: counters are written on every request and worth nothing
-- after a crash, so they skip the write-ahead log (a restart or failover only forgives the current minute).
CREATE UNLOGGED TABLE rate_limit_window (
    bucket       text        NOT NULL CHECK (length(bucket) <= 300),
    window_start timestamptz NOT NULL,
    hits         integer     NOT NULL CHECK (hits > 0),
    PRIMARY KEY (bucket, window_start)
);
-- Ended windows are pruned by time.
CREATE INDEX rate_limit_window_start_idx ON rate_limit_window (window_start);

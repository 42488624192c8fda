-- Per-client rate limits shared by all instances (SharedAllowanceStore, Bucket4j's PostgreSQL
-- integration). PostgreSQL only: on H2 (one instance) the buckets stay in memory. The id is a hash of
-- the allowance and the client key, not the address in clear; expires_at (epoch milliseconds) is when the
-- bucket would be full again, after which the row is purged.
create table client_allowance (
    id         bigint primary key,
    state      bytea,
    expires_at bigint
);

create index ix_client_allowance_expires_at on client_allowance (expires_at);

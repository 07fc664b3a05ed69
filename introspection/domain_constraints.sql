-- CHECK constraints of domains ($1: selected schema oids); rows of domains the model
-- leaves out are dropped by the caller. A domain's NOT NULL is typnotnull (and, from
-- PostgreSQL 17, also a constraint row of type 'n', left out here).
SELECT con.oid,
       con.contypid AS domain,
       con.conname AS name,
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       con.convalidated AS validated
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_type t ON t.oid = con.contypid
WHERE con.contype = 'c'
  AND t.typnamespace = ANY ($1::pg_catalog.oid[]);

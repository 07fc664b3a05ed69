-- Stand-alone indexes of tables and materialized views ($1: selected schema oids).
-- Left out: indexes behind PRIMARY KEY, UNIQUE and EXCLUDE constraints (part of the
-- constraint), and partitions' indexes attached to an index of the partitioned parent
-- (relispartition): the parent's index is the source of truth. A partition's own,
-- unattached indexes are kept.
SELECT ic.oid,
       n.nspname AS schema,
       ic.relname AS name,
       i.indrelid AS relation,
       am.amname AS method,
       i.indisunique AS is_unique,
       i.indnullsnotdistinct AS nulls_not_distinct,  -- pg>=15
       false AS nulls_not_distinct,  -- pg<15
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
       ic.reloptions AS storage_parameters,
       pg_catalog.pg_get_indexdef(i.indexrelid) AS definition
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
WHERE ic.relnamespace = ANY ($1::pg_catalog.oid[])
  AND NOT ic.relispartition
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint con
                  WHERE con.conindid = i.indexrelid
                    AND con.contype IN ('p', 'u', 'x'));

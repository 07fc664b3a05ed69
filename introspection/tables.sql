-- Ordinary and partitioned tables ($1: selected schema oids), with partitioning details,
-- INHERITS parents (two arrays in inhseqno order; a partition's parent is partition_of,
-- not one of these) and the replica identity with the index it names.
SELECT c.oid,
       n.nspname AS schema,
       c.relname AS name,
       c.relpersistence AS persistence,
       c.reloptions AS storage_parameters,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,
       pn.nspname AS parent_schema,
       pc.relname AS parent_name,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END
         AS partition_bound,
       ARRAY(SELECT ipn.nspname
             FROM pg_catalog.pg_inherits ih
             JOIN pg_catalog.pg_class ip ON ip.oid = ih.inhparent
             JOIN pg_catalog.pg_namespace ipn ON ipn.oid = ip.relnamespace
             WHERE ih.inhrelid = c.oid AND NOT c.relispartition
             ORDER BY ih.inhseqno) AS inherits_schemas,
       ARRAY(SELECT ip.relname
             FROM pg_catalog.pg_inherits ih
             JOIN pg_catalog.pg_class ip ON ip.oid = ih.inhparent
             WHERE ih.inhrelid = c.oid AND NOT c.relispartition
             ORDER BY ih.inhseqno) AS inherits_names,
       c.relreplident AS replica_identity,
       (SELECT ri.relname
        FROM pg_catalog.pg_index rx
        JOIN pg_catalog.pg_class ri ON ri.oid = rx.indexrelid
        WHERE rx.indrelid = c.oid AND rx.indisreplident) AS replica_identity_index
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND c.relnamespace = ANY ($1::pg_catalog.oid[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid
                    AND x.deptype = 'e');

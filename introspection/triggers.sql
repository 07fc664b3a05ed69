-- User triggers ($1: selected schema oids). Internal triggers (foreign keys, deferred
-- unique checks) are left out, and so are the clones a row trigger of a partitioned
-- table makes on each partition: tgparentid <> 0 from PostgreSQL 13, while 12 marks the
-- clones internal. The partitioned table's trigger is the source of truth.
-- UPDATE OF columns come as attnums that the caller maps to names, as for constraints.
-- tgtype bits: 1 ROW, 2 BEFORE, 4 INSERT, 8 DELETE, 16 UPDATE, 32 TRUNCATE, 64 INSTEAD.
SELECT t.oid,
       t.tgrelid AS relation,
       t.tgname AS name,
       t.tgtype AS type,
       t.tgattr::pg_catalog.int2[] AS update_column_numbers,
       t.tgqual IS NOT NULL AS has_when,
       fn.nspname AS function_schema,
       f.proname AS function_name,
       pg_catalog.pg_get_function_identity_arguments(f.oid) AS function_arguments,
       pg_catalog.pg_get_triggerdef(t.oid, true) AS definition
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_proc f ON f.oid = t.tgfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
WHERE NOT t.tgisinternal
  AND t.tgparentid = 0  -- pg>=13
  AND c.relnamespace = ANY ($1::pg_catalog.oid[]);

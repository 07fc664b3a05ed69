-- What policy expressions use (pg_depend from pg_policy): columns, functions and types,
-- named like dependencies.sql names them. The policy's own table (an 'a'uto dependency
-- without a column) is implied by the policy being its member.
SELECT d.objid AS policy,
       CASE
         WHEN d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass THEN 'class'
         WHEN d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass THEN 'type'
         WHEN d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass THEN 'proc'
       END AS referenced_catalog,
       d.refobjid AS referenced_oid,
       d.refobjsubid AS referenced_subid
FROM pg_catalog.pg_depend d
WHERE d.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass
  AND d.deptype IN ('n', 'a')
  AND d.refobjid >= 16384
  AND d.refclassid IN ('pg_catalog.pg_class'::pg_catalog.regclass,
                       'pg_catalog.pg_type'::pg_catalog.regclass,
                       'pg_catalog.pg_proc'::pg_catalog.regclass);

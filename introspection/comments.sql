-- Comments on user objects, by catalog, oid and sub-id (a column's attnum). The caller
-- attaches each to the object of the model with that oid and drops the rest. Objects of
-- initdb have oids below 16384 (FirstNormalObjectId), except schemas such as public.
SELECT CASE d.classoid
         WHEN 'pg_catalog.pg_namespace'::pg_catalog.regclass THEN 'schema'
         WHEN 'pg_catalog.pg_extension'::pg_catalog.regclass THEN 'extension'
         WHEN 'pg_catalog.pg_type'::pg_catalog.regclass THEN 'type'
         WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN 'class'
         WHEN 'pg_catalog.pg_constraint'::pg_catalog.regclass THEN 'constraint'
         WHEN 'pg_catalog.pg_proc'::pg_catalog.regclass THEN 'proc'
         WHEN 'pg_catalog.pg_trigger'::pg_catalog.regclass THEN 'trigger'
         WHEN 'pg_catalog.pg_collation'::pg_catalog.regclass THEN 'collation'
       END AS catalog,
       d.objoid AS oid,
       d.objsubid AS subid,
       d.description AS comment
FROM pg_catalog.pg_description d
WHERE d.classoid IN ('pg_catalog.pg_namespace'::pg_catalog.regclass,
                     'pg_catalog.pg_extension'::pg_catalog.regclass,
                     'pg_catalog.pg_type'::pg_catalog.regclass,
                     'pg_catalog.pg_class'::pg_catalog.regclass,
                     'pg_catalog.pg_constraint'::pg_catalog.regclass,
                     'pg_catalog.pg_proc'::pg_catalog.regclass,
                     'pg_catalog.pg_trigger'::pg_catalog.regclass,
                     'pg_catalog.pg_collation'::pg_catalog.regclass)
  AND (d.objoid >= 16384 OR d.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass);

-- Sequences with their options and owning column ($1: selected schema oids).
-- owner_kind 'a' is OWNED BY (serial or ALTER SEQUENCE); 'i' is the internal sequence of
-- an identity column, which the model folds into that column.
SELECT c.oid,
       n.nspname AS schema,
       c.relname AS name,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start,
       s.seqincrement AS increment,
       s.seqmin AS min_value,
       s.seqmax AS max_value,
       s.seqcache AS cache,
       s.seqcycle AS cycle,
       d.deptype AS owner_kind,
       d.refobjid AS owner_relation,
       d.refobjsubid AS owner_column_number,
       otn.nspname AS owner_schema,
       ot.relname AS owner_table,
       oa.attname AS owner_column
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_catalog.pg_depend d
  ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
 AND d.objid = c.oid
 AND d.objsubid = 0
 AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
 AND d.refobjsubid > 0
 AND d.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class ot ON ot.oid = d.refobjid
LEFT JOIN pg_catalog.pg_namespace otn ON otn.oid = ot.relnamespace
LEFT JOIN pg_catalog.pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
WHERE c.relkind = 'S'
  AND c.relnamespace = ANY ($1::pg_catalog.oid[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid
                    AND x.deptype = 'e');

-- Enum types with their labels in sort order ($1: selected schema oids). The array type
-- oid lets columns of type enum[] be traced back to the enum.
SELECT t.oid,
       t.typarray AS array_oid,
       n.nspname AS schema,
       t.typname AS name,
       pg_catalog.array_agg(e.enumlabel ORDER BY e.enumsortorder)
         FILTER (WHERE e.oid IS NOT NULL) AS labels
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
WHERE t.typtype = 'e'
  AND t.typnamespace = ANY ($1::pg_catalog.oid[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND x.objid = t.oid
                    AND x.deptype = 'e')
GROUP BY t.oid, t.typarray, n.nspname, t.typname;

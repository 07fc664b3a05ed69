-- Functions and procedures ($1: selected schema oids); aggregates and window functions
-- are not managed, nor functions PostgreSQL made for a type (a range type's
-- constructors: an internal dependency on the type).
SELECT p.oid,
       n.nspname AS schema,
       p.proname AS name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS arguments,
       p.prokind AS kind,
       l.lanname AS language,
       p.provolatile AS volatility,
       CASE WHEN p.prokind = 'f' THEN pg_catalog.pg_get_function_result(p.oid) END AS result,
       pg_catalog.pg_get_functiondef(p.oid) AS definition
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'p')
  AND p.pronamespace = ANY ($1::pg_catalog.oid[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                    AND x.objid = p.oid
                    AND x.deptype IN ('e', 'i'));

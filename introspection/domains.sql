-- Domains ($1: selected schema oids). The default is deparsed from typdefaultbin, not
-- taken from typdefault, which was printed under the search_path of whoever created
-- the domain. The array type oid lets columns of type domain[] be traced to the domain.
SELECT t.oid,
       t.typarray AS array_oid,
       n.nspname AS schema,
       t.typname AS name,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
       pg_catalog.quote_ident(con.nspname) || '.' || pg_catalog.quote_ident(co.collname)
         AS collation,
       pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS default_expr,
       t.typnotnull AS not_null
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co
  ON co.oid = t.typcollation AND t.typcollation <> bt.typcollation
LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
WHERE t.typtype = 'd'
  AND t.typnamespace = ANY ($1::pg_catalog.oid[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND x.objid = t.oid
                    AND x.deptype = 'e');

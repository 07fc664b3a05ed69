-- Stand-alone composite types, CREATE TYPE ... AS (...) ($1: selected schema oids): their
-- pg_class entry has relkind 'c'; tables' row types are not among them. `relation` is
-- that entry, which pg_depend names for the attributes' dependencies.
SELECT t.oid,
       t.typarray AS array_oid,
       t.typrelid AS relation,
       n.nspname AS schema,
       t.typname AS name
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
WHERE t.typtype = 'c'
  AND c.relkind = 'c'
  AND t.typnamespace = ANY ($1::pg_catalog.oid[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND x.objid = t.oid
                    AND x.deptype = 'e');

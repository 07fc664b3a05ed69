-- The owner of every schema, relation, routine and type of the selected schemas ($1);
-- the caller keeps those in the model. Array types are left out: they share their
-- element type's owner and would stand for it.
SELECT 'schema' AS catalog, n.oid, pg_catalog.pg_get_userbyid(n.nspowner) AS owner
FROM pg_catalog.pg_namespace n
WHERE n.oid = ANY ($1::pg_catalog.oid[])
UNION ALL
SELECT 'class', c.oid, pg_catalog.pg_get_userbyid(c.relowner)
FROM pg_catalog.pg_class c
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
  AND c.relnamespace = ANY ($1::pg_catalog.oid[])
UNION ALL
SELECT 'proc', p.oid, pg_catalog.pg_get_userbyid(p.proowner)
FROM pg_catalog.pg_proc p
WHERE p.pronamespace = ANY ($1::pg_catalog.oid[])
UNION ALL
SELECT 'type', t.oid, pg_catalog.pg_get_userbyid(t.typowner)
FROM pg_catalog.pg_type t
WHERE t.typnamespace = ANY ($1::pg_catalog.oid[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_type e WHERE e.typarray = t.oid);

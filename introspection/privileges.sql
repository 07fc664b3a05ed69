-- The access control lists of schemas, relations, columns, routines and types of the
-- selected schemas ($1), one row per grantee and privilege. A NULL acl means the
-- defaults (acldefault: the owner's privileges, and EXECUTE on routines and USAGE on
-- types for PUBLIC); a column's NULL acl means none. The owner's own entries are left
-- out: they follow ownership, which is compared separately. Grantee 0 is PUBLIC.
WITH objects AS (
  SELECT 'schema' AS catalog, n.oid, 0 AS subid, n.nspowner AS owner,
         COALESCE(n.nspacl, pg_catalog.acldefault('n', n.nspowner)) AS acl
  FROM pg_catalog.pg_namespace n
  WHERE n.oid = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'class', c.oid, 0, c.relowner,
         COALESCE(c.relacl, pg_catalog.acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char",
                                                  c.relowner))
  FROM pg_catalog.pg_class c
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
    AND c.relnamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'class', a.attrelid, a.attnum, c.relowner, a.attacl
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  WHERE a.attacl IS NOT NULL
    AND a.attnum > 0
    AND NOT a.attisdropped
    AND c.relkind IN ('r', 'p', 'v', 'm')
    AND c.relnamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'proc', p.oid, 0, p.proowner, COALESCE(p.proacl, pg_catalog.acldefault('f', p.proowner))
  FROM pg_catalog.pg_proc p
  WHERE p.pronamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'type', t.oid, 0, t.typowner, COALESCE(t.typacl, pg_catalog.acldefault('T', t.typowner))
  FROM pg_catalog.pg_type t
  WHERE t.typnamespace = ANY ($1::pg_catalog.oid[])
    AND NOT EXISTS (SELECT FROM pg_catalog.pg_type e WHERE e.typarray = t.oid)
)
SELECT o.catalog,
       o.oid,
       o.subid,
       CASE WHEN a.grantee = 0 THEN 'public'
            ELSE pg_catalog.pg_get_userbyid(a.grantee)::pg_catalog.text END AS grantee,
       a.privilege_type AS privilege,
       a.is_grantable AS grantable
FROM objects o
CROSS JOIN LATERAL pg_catalog.aclexplode(o.acl) a
WHERE a.grantee <> o.owner;

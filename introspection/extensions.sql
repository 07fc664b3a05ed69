-- Installed extensions, by the schema they were installed into ($1: selected schema oids).
SELECT x.oid,
       x.extname AS name,
       n.nspname AS schema,
       x.extversion AS version
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
WHERE x.extnamespace = ANY ($1::pg_catalog.oid[]);

-- Every schema with whether it is a system schema (users cannot create pg_* schemas) or
-- was created by an extension's script. The caller applies the include/exclude filters,
-- so that it can tell a missing schema from an excluded one.
SELECT n.oid,
       n.nspname AS name,
       (pg_catalog.starts_with(n.nspname, 'pg_') OR n.nspname = 'information_schema')
         AS is_system,
       EXISTS (SELECT FROM pg_catalog.pg_depend e
               WHERE e.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                 AND e.objid = n.oid
                 AND e.deptype = 'e') AS is_extension_member
FROM pg_catalog.pg_namespace n;

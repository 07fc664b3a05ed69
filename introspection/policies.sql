-- Row-level security policies of tables in the selected schemas ($1). polroles holds 0
-- for PUBLIC; the caller sorts the role names.
SELECT p.oid,
       p.polrelid AS relation,
       p.polname AS name,
       p.polcmd AS command,
       p.polpermissive AS permissive,
       ARRAY(SELECT CASE WHEN r.role = 0 THEN 'public'
                         ELSE pg_catalog.pg_get_userbyid(r.role)::pg_catalog.text END
             FROM pg_catalog.unnest(p.polroles) AS r(role)) AS roles,
       pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using_expr,
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr,
       pg_catalog.obj_description(p.oid, 'pg_policy') AS comment
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
WHERE c.relnamespace = ANY ($1::pg_catalog.oid[]);

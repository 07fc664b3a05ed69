-- Collations made with CREATE COLLATION ($1: selected schema oids). The ICU locale has
-- moved between versions (collcollate before 15, colliculocale in 15 and 16, colllocale
-- from 17), so the row is read through to_jsonb, which has whichever column exists.
SELECT co.oid,
       n.nspname AS schema,
       co.collname AS name,
       co.collprovider AS provider,
       COALESCE(pg_catalog.to_jsonb(co) ->> 'colllocale',
                pg_catalog.to_jsonb(co) ->> 'colliculocale',
                CASE WHEN co.collprovider = 'i' THEN co.collcollate::pg_catalog.text END) AS locale,
       CASE WHEN co.collprovider = 'c' THEN co.collcollate::pg_catalog.text END AS lc_collate,
       CASE WHEN co.collprovider = 'c' THEN co.collctype::pg_catalog.text END AS lc_ctype,
       co.collisdeterministic AS deterministic
FROM pg_catalog.pg_collation co
JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
WHERE co.collnamespace = ANY ($1::pg_catalog.oid[])
  AND co.oid >= 16384
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                    AND x.objid = co.oid
                    AND x.deptype = 'e');

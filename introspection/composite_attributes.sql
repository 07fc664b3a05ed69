-- Attributes of stand-alone composite types ($1: selected schema oids), in attnum order
-- per type; rows of types the model leaves out are dropped by the caller.
SELECT a.attrelid AS relation,
       a.attnum AS number,
       a.attname AS name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       pg_catalog.quote_ident(con.nspname) || '.' || pg_catalog.quote_ident(co.collname)
         AS collation
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_collation co
  ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
WHERE c.relkind = 'c'
  AND c.relnamespace = ANY ($1::pg_catalog.oid[])
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum;

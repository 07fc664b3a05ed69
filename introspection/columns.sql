-- Columns of tables, views and materialized views ($1: selected schema oids), one row
-- per column in attnum order. Rows of relations the model leaves out (e.g. owned by an
-- extension) are dropped by the caller. inherited_count (attinhcount) tells an INHERITS
-- child's inherited columns from its own. Storage is given only when it is not the
-- type's default.
SELECT a.attrelid AS relation,
       a.attnum AS number,
       a.attname AS name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
       a.attidentity AS identity,
       a.attgenerated AS generated,
       pg_catalog.quote_ident(con.nspname) || '.' || pg_catalog.quote_ident(co.collname)
         AS collation,
       a.attinhcount AS inherited_count,
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage END AS storage,
       CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END AS compression  -- pg>=14
       NULL::pg_catalog.text AS compression  -- pg<14
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co
  ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm')
  AND c.relnamespace = ANY ($1::pg_catalog.oid[])
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum;

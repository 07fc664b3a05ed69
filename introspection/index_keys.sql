-- One row per index column, in position order ($1: selected schema oids): key columns
-- first, then INCLUDE columns. A key is a column name, or an expression (indkey = 0) as
-- pg_get_indexdef prints that column.
--
-- The operator class is reported only when it is not the default one, the way
-- pg_get_indexdef decides: the default opclass of the key's type for the access method
-- (the type's own default if it has one, otherwise any default opclass counts, covering
-- binary-coercible and polymorphic types such as varchar, enums and arrays). For
-- expressions the key type is the index column's type unless the opclass stores another
-- type (opckeytype), when only opcdefault is looked at. The collation is reported only
-- when it differs from the column's (or, for expressions, the key type's) collation.
-- indoption bits: 1 = DESC, 2 = NULLS FIRST.
SELECT i.indexrelid AS index,
       k.n + 1 AS position,
       k.n >= i.indnkeyatts AS is_include,
       a.attname AS column_name,
       CASE WHEN i.indkey[k.n] = 0
            THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.n + 1, true) END AS expression,
       CASE WHEN NOT (opc.opcdefault AND (dflt.oid IS NULL OR dflt.oid = opc.oid))
            THEN pg_catalog.quote_ident(opcn.nspname) || '.' || pg_catalog.quote_ident(opc.opcname)
       END AS opclass,
       CASE WHEN i.indcollation[k.n] <> 0
             AND i.indcollation[k.n] <> COALESCE(a.attcollation, kt.typcollation)
            THEN pg_catalog.quote_ident(coln.nspname) || '.' || pg_catalog.quote_ident(col.collname)
       END AS collation,
       i.indoption[k.n] AS options
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
CROSS JOIN LATERAL pg_catalog.generate_series(0, i.indnatts - 1) AS k (n)
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n]
LEFT JOIN pg_catalog.pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = k.n + 1
LEFT JOIN pg_catalog.pg_opclass opc ON k.n < i.indnkeyatts AND opc.oid = i.indclass[k.n]
LEFT JOIN pg_catalog.pg_namespace opcn ON opcn.oid = opc.opcnamespace
LEFT JOIN pg_catalog.pg_type kt
  ON kt.oid = CASE WHEN a.attnum IS NOT NULL THEN a.atttypid
                   WHEN opc.opckeytype = 0 THEN ia.atttypid END
LEFT JOIN pg_catalog.pg_opclass dflt
  ON dflt.opcmethod = opc.opcmethod
 AND dflt.opcdefault
 AND dflt.opcintype = CASE WHEN kt.typtype = 'd' THEN kt.typbasetype ELSE kt.oid END
LEFT JOIN pg_catalog.pg_collation col ON col.oid = i.indcollation[k.n]
LEFT JOIN pg_catalog.pg_namespace coln ON coln.oid = col.collnamespace
WHERE ic.relnamespace = ANY ($1::pg_catalog.oid[])
  AND NOT ic.relispartition
ORDER BY i.indexrelid, k.n;

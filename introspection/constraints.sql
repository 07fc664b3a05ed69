-- PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY and EXCLUDE constraints of tables ($1: selected
-- schema oids).
--
-- Columns come as attnum arrays that the caller maps to the names it loaded with the
-- columns (a subquery per constraint on pg_attribute costs more than the rest of this
-- query). Only a foreign key to a table the model does not load (another schema, or an
-- extension's) gets the referenced names here. The CHECK expression is cut out of the
-- definition by the caller rather than deparsed a second time with pg_get_expr.
--
-- Partitions and INHERITS children: a constraint a partition got from its partitioned
-- parent (conparentid <> 0), or a CHECK a child inherits (coninhcount > 0, even when it
-- was also declared locally and merged), is left out; the parent's constraint is the
-- source of truth. Constraints defined on the child alone are kept.
SELECT con.oid,
       con.conrelid AS relation,
       con.conname AS name,
       con.contype AS kind,
       con.condeferrable AS deferrable,
       con.condeferred AS initially_deferred,
       con.convalidated AS validated,
       con.connoinherit AS no_inherit,
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       con.conkey AS column_numbers,
       i.indexrelid AS index,
       i.indkey::pg_catalog.int2[] AS index_column_numbers,
       i.indnkeyatts AS index_key_count,
       am.amname AS index_method,
       i.indnullsnotdistinct AS nulls_not_distinct,  -- pg>=15
       false AS nulls_not_distinct,  -- pg<15
       con.confrelid AS referenced_relation,
       fn.nspname AS referenced_schema,
       fc.relname AS referenced_table,
       con.confkey AS referenced_column_numbers,
       CASE WHEN NOT fc.relnamespace = ANY ($1::pg_catalog.oid[])
              OR EXISTS (SELECT FROM pg_catalog.pg_depend x
                         WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                           AND x.objid = fc.oid
                           AND x.deptype = 'e')
            THEN ARRAY(SELECT a.attname
                       FROM pg_catalog.unnest(con.confkey) WITH ORDINALITY AS k (attnum, position)
                       JOIN pg_catalog.pg_attribute a
                         ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                       ORDER BY k.position)
       END AS referenced_column_names,
       con.confmatchtype AS match,
       con.confupdtype AS on_update,
       con.confdeltype AS on_delete
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
LEFT JOIN pg_catalog.pg_index i ON con.contype IN ('p', 'u', 'x') AND i.indexrelid = con.conindid
LEFT JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
LEFT JOIN pg_catalog.pg_am am ON am.oid = ic.relam
LEFT JOIN pg_catalog.pg_class fc ON con.contype = 'f' AND fc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
  AND c.relnamespace = ANY ($1::pg_catalog.oid[])
  AND con.conparentid = 0
  AND (con.contype <> 'c' OR con.coninhcount = 0);

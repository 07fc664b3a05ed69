-- Range types ($1: selected schema oids). Options are given only where they differ from
-- what CREATE TYPE ... AS RANGE would pick: the subtype's default btree operator class
-- and collation, and the multirange name PostgreSQL derives (14+: `range` in the name
-- becomes `multirange`, else `_multirange` is appended). The oids of the array and
-- multirange types (and its array) let columns of those types be traced to the range.
SELECT t.oid,
       t.typarray AS array_oid,
       mt.oid AS multirange_oid,  -- pg>=14
       mt.typarray AS multirange_array_oid,  -- pg>=14
       NULL::pg_catalog.oid AS multirange_oid,  -- pg<14
       NULL::pg_catalog.oid AS multirange_array_oid,  -- pg<14
       n.nspname AS schema,
       t.typname AS name,
       pg_catalog.format_type(r.rngsubtype, NULL) AS subtype,
       CASE WHEN NOT opc.opcdefault
            THEN pg_catalog.quote_ident(opn.nspname) || '.' || pg_catalog.quote_ident(opc.opcname)
       END AS subtype_opclass,
       CASE WHEN r.rngcollation <> st.typcollation
            THEN pg_catalog.quote_ident(con.nspname) || '.' || pg_catalog.quote_ident(co.collname)
       END AS collation,
       CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::pg_catalog.regproc::pg_catalog.text END
         AS canonical,
       CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::pg_catalog.regproc::pg_catalog.text END
         AS subtype_diff,
       CASE WHEN mt.typnamespace <> t.typnamespace
              OR mt.typname <> CASE WHEN pg_catalog.strpos(t.typname, 'range') > 0
                                    THEN pg_catalog.overlay(t.typname::pg_catalog.text, 'multirange',
                                                            pg_catalog.strpos(t.typname, 'range'), 5)
                                    ELSE t.typname::pg_catalog.text || '_multirange' END
            THEN mn.nspname END AS multirange_schema,
       CASE WHEN mt.typnamespace <> t.typnamespace
              OR mt.typname <> CASE WHEN pg_catalog.strpos(t.typname, 'range') > 0
                                    THEN pg_catalog.overlay(t.typname::pg_catalog.text, 'multirange',
                                                            pg_catalog.strpos(t.typname, 'range'), 5)
                                    ELSE t.typname::pg_catalog.text || '_multirange' END
            THEN mt.typname END AS multirange_name
FROM pg_catalog.pg_range r
JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc
JOIN pg_catalog.pg_namespace opn ON opn.oid = opc.opcnamespace
LEFT JOIN pg_catalog.pg_collation co ON co.oid = r.rngcollation
LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_type mt ON mt.oid = r.rngmultitypid  -- pg>=14
LEFT JOIN pg_catalog.pg_type mt ON false  -- pg<14
LEFT JOIN pg_catalog.pg_namespace mn ON mn.oid = mt.typnamespace
WHERE t.typnamespace = ANY ($1::pg_catalog.oid[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND x.objid = t.oid
                    AND x.deptype = 'e');

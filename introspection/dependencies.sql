-- Dependencies between user objects (pg_depend 'n'ormal and 'a'uto), each end given as
-- catalog, oid and sub-id (a column's attnum, else 0). Ends are normalized to objects
-- the model has:
--   * a view's rewrite rule (pg_rewrite) stands for the view it belongs to;
--   * a column default (pg_attrdef) stands for its column;
--   * a referenced object created by an extension (or the array type of such a type)
--     stands for the extension.
-- Types (domains, ranges) and their constraints are dependents too; a composite type's
-- attributes depend on their types through its pg_class entry.
-- Rows that normalize to an object depending on itself (a default on its own column)
-- are dropped here; the caller resolves oids against what it loaded and drops what is
-- not in the model.
-- Objects of initdb have oids below 16384 (FirstNormalObjectId); schema references are
-- implied by qualified names and left out.
WITH extension_members AS (
  SELECT e.classid, e.objid, e.refobjid AS extension
  FROM pg_catalog.pg_depend e
  WHERE e.deptype = 'e'
),
normalized AS (
  SELECT CASE
           WHEN d.classid IN ('pg_catalog.pg_class'::pg_catalog.regclass,
                              'pg_catalog.pg_rewrite'::pg_catalog.regclass,
                              'pg_catalog.pg_attrdef'::pg_catalog.regclass) THEN 'class'
           WHEN d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass THEN 'proc'
           WHEN d.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass THEN 'trigger'
           WHEN d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass THEN 'constraint'
           WHEN d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass THEN 'type'
         END AS dependent_catalog,
         COALESCE(r.ev_class, ad.adrelid, d.objid) AS dependent_oid,
         CASE WHEN r.oid IS NOT NULL THEN 0
              WHEN ad.oid IS NOT NULL THEN ad.adnum
              ELSE d.objsubid END AS dependent_subid,
         CASE
           WHEN COALESCE(m.extension, am.extension) IS NOT NULL THEN 'extension'
           WHEN d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass THEN 'class'
           WHEN d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass THEN 'type'
           WHEN d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass THEN 'proc'
           WHEN d.refclassid = 'pg_catalog.pg_constraint'::pg_catalog.regclass THEN 'constraint'
           WHEN d.refclassid = 'pg_catalog.pg_collation'::pg_catalog.regclass THEN 'collation'
         END AS referenced_catalog,
         COALESCE(m.extension, am.extension, d.refobjid) AS referenced_oid,
         CASE WHEN COALESCE(m.extension, am.extension) IS NOT NULL THEN 0
              ELSE d.refobjsubid END AS referenced_subid
  FROM pg_catalog.pg_depend d
  LEFT JOIN pg_catalog.pg_rewrite r
    ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND r.oid = d.objid
  LEFT JOIN pg_catalog.pg_attrdef ad
    ON d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND ad.oid = d.objid
  LEFT JOIN extension_members m ON m.classid = d.refclassid AND m.objid = d.refobjid
  LEFT JOIN pg_catalog.pg_type rt
    ON d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
   AND rt.oid = d.refobjid
   AND rt.typelem <> 0
   AND rt.typlen = -1
  LEFT JOIN extension_members am
    ON am.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND am.objid = rt.typelem
  WHERE d.deptype IN ('n', 'a')
    AND d.objid >= 16384
    AND d.refobjid >= 16384
    AND d.classid IN ('pg_catalog.pg_class'::pg_catalog.regclass,
                      'pg_catalog.pg_rewrite'::pg_catalog.regclass,
                      'pg_catalog.pg_attrdef'::pg_catalog.regclass,
                      'pg_catalog.pg_proc'::pg_catalog.regclass,
                      'pg_catalog.pg_trigger'::pg_catalog.regclass,
                      'pg_catalog.pg_constraint'::pg_catalog.regclass,
                      'pg_catalog.pg_type'::pg_catalog.regclass)
    AND d.refclassid IN ('pg_catalog.pg_class'::pg_catalog.regclass,
                         'pg_catalog.pg_type'::pg_catalog.regclass,
                         'pg_catalog.pg_proc'::pg_catalog.regclass,
                         'pg_catalog.pg_constraint'::pg_catalog.regclass,
                         'pg_catalog.pg_collation'::pg_catalog.regclass)
)
SELECT *
FROM normalized
WHERE (dependent_catalog, dependent_oid, dependent_subid)
      IS DISTINCT FROM (referenced_catalog, referenced_oid, referenced_subid);

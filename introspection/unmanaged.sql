-- Objects of kinds schemadiff does not manage, so that they are reported instead of
-- silently left out: schema-scoped ones in the selected schemas ($1), database-wide ones
-- created by users (oid >= 16384, FirstNormalObjectId). Objects created by extensions
-- come and go with their extension and are not listed. Names come printed by the server
-- (qualified, quoted where needed) under the empty search_path.
WITH extension_members AS (
  SELECT e.classid, e.objid
  FROM pg_catalog.pg_depend e
  WHERE e.deptype = 'e'
),
candidates AS (
  SELECT 'pg_catalog.pg_event_trigger'::pg_catalog.regclass AS classid, t.oid, 'event_trigger' AS kind,
         pg_catalog.quote_ident(t.evtname) AS name
  FROM pg_catalog.pg_event_trigger t
  UNION ALL
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 'foreign_table', c.oid::pg_catalog.regclass::pg_catalog.text
  FROM pg_catalog.pg_class c
  WHERE c.relkind = 'f' AND c.relnamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass, w.oid, 'foreign_data_wrapper',
         pg_catalog.quote_ident(w.fdwname)
  FROM pg_catalog.pg_foreign_data_wrapper w
  UNION ALL
  SELECT 'pg_catalog.pg_foreign_server'::pg_catalog.regclass, s.oid, 'foreign_server', pg_catalog.quote_ident(s.srvname)
  FROM pg_catalog.pg_foreign_server s
  UNION ALL
  SELECT 'pg_catalog.pg_publication'::pg_catalog.regclass, p.oid, 'publication', pg_catalog.quote_ident(p.pubname)
  FROM pg_catalog.pg_publication p
  UNION ALL
  -- subname and subdbid are readable by everyone, unlike the connection string.
  SELECT 'pg_catalog.pg_subscription'::pg_catalog.regclass, s.oid, 'subscription', pg_catalog.quote_ident(s.subname)
  FROM pg_catalog.pg_subscription s
  WHERE s.subdbid = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())
  UNION ALL
  -- A view's SELECT is its _RETURN rule, which the view stands for.
  SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass, r.oid, 'rule',
         pg_catalog.quote_ident(r.rulename) || ' on ' || c.oid::pg_catalog.regclass::pg_catalog.text
  FROM pg_catalog.pg_rewrite r
  JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
  WHERE r.rulename <> '_RETURN' AND c.relnamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 'aggregate', p.oid::pg_catalog.regprocedure::pg_catalog.text
  FROM pg_catalog.pg_proc p
  WHERE p.prokind = 'a' AND p.pronamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid, 'operator',
         o.oid::pg_catalog.regoperator::pg_catalog.text
  FROM pg_catalog.pg_operator o
  WHERE o.oprnamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, o.oid, 'operator_class',
         pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(o.opcname) || ' using ' || am.amname
  FROM pg_catalog.pg_opclass o
  JOIN pg_catalog.pg_namespace n ON n.oid = o.opcnamespace
  JOIN pg_catalog.pg_am am ON am.oid = o.opcmethod
  WHERE o.opcnamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, f.oid, 'operator_family',
         pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(f.opfname) || ' using ' || am.amname
  FROM pg_catalog.pg_opfamily f
  JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
  JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
  WHERE f.opfnamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'pg_catalog.pg_cast'::pg_catalog.regclass, c.oid, 'cast',
         '(' || pg_catalog.format_type(c.castsource, NULL) || ' as ' || pg_catalog.format_type(c.casttarget, NULL) || ')'
  FROM pg_catalog.pg_cast c
  WHERE c.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, c.oid, 'text_search_configuration',
         c.oid::pg_catalog.regconfig::pg_catalog.text
  FROM pg_catalog.pg_ts_config c
  WHERE c.cfgnamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, d.oid, 'text_search_dictionary',
         d.oid::pg_catalog.regdictionary::pg_catalog.text
  FROM pg_catalog.pg_ts_dict d
  WHERE d.dictnamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, s.oid, 'statistics',
         pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(s.stxname)
  FROM pg_catalog.pg_statistic_ext s
  JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
  WHERE s.stxnamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, c.oid, 'conversion',
         pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.conname)
  FROM pg_catalog.pg_conversion c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace
  WHERE c.connamespace = ANY ($1::pg_catalog.oid[])
  UNION ALL
  SELECT 'pg_catalog.pg_transform'::pg_catalog.regclass, t.oid, 'transform',
         'for ' || pg_catalog.format_type(t.trftype, NULL) || ' language ' || pg_catalog.quote_ident(l.lanname)
  FROM pg_catalog.pg_transform t
  JOIN pg_catalog.pg_language l ON l.oid = t.trflang
  WHERE t.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_am'::pg_catalog.regclass, a.oid, 'access_method', pg_catalog.quote_ident(a.amname)
  FROM pg_catalog.pg_am a
  WHERE a.oid >= 16384
)
SELECT c.kind, c.name
FROM candidates c
WHERE c.oid >= 16384
  AND NOT EXISTS (SELECT FROM extension_members m WHERE m.classid = c.classid AND m.objid = c.oid);

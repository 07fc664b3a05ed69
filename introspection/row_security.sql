-- Tables of the selected schemas ($1) with row-level security enabled or forced.
SELECT c.oid,
       c.relrowsecurity AS enabled,
       c.relforcerowsecurity AS forced
FROM pg_catalog.pg_class c
WHERE c.relkind IN ('r', 'p')
  AND (c.relrowsecurity OR c.relforcerowsecurity)
  AND c.relnamespace = ANY ($1::pg_catalog.oid[]);

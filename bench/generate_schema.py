#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Prints a realistic PostgreSQL 15 schema with N ordinary tables.

The output is deterministic for a given N (and --seed): no clock, no environment.

Counting: N is the number of ordinary (non-partitioned) tables. Range-partitioned
tables come in addition: one partitioned parent per 100 tables (at least one), each
with 3 quarterly partitions and a default partition.

Usage:
  generate_schema.py N                  # one script on stdout
  generate_schema.py N --split DIR      # DIR/000_prelude.sql, DIR/001_tables.sql, ...
  generate_schema.py N --stats          # also print object counts to stderr
  generate_schema.py N --mutate 10      # the same schema, then DDL changing ~10 % of it

The split files are meant to be applied in byte order of their names; each one only
depends on the files before it. With --mutate, the changes come last (the last file
with --split); see mutate_schema.py.
"""

import argparse
import os
import random
import sys

sys.dont_write_bytecode = True  # no __pycache__ next to the script
from mutate_schema import Mutations, mutation_sql  # noqa: E402
from schema_tables import SCHEMAS, TABLE_NOUNS, TablesMixin, quote_literal  # noqa: E402

ENUM_BASES = [
    "order_status", "payment_state", "priority_level", "channel", "severity",
    "lifecycle_stage", "visibility", "approval_state", "risk_level", "delivery_mode",
]
ENUM_LABELS = [
    "draft", "pending", "active", "paused", "archived", "cancelled", "completed",
    "failed", "low", "medium", "high", "critical", "email", "sms", "web", "phone",
    "public", "internal", "private", "approved", "rejected", "new", "open", "closed",
]

PARTITIONS_PER_PARENT = 3
TABLES_PER_PARTITIONED = 100


class Counter:
    """Object counts of what was emitted, for --stats and the file header."""

    KEYS = [
        "schemas", "enums", "sequences", "functions", "tables", "partitioned_tables",
        "partitions", "columns", "primary_keys", "unique_constraints", "check_constraints",
        "foreign_keys", "exclusion_constraints", "indexes", "views", "materialized_views",
        "triggers", "comments",
    ]

    def __init__(self):
        self.values = {key: 0 for key in self.KEYS}

    def add(self, key, amount=1):
        self.values[key] += amount


class Generator(TablesMixin):
    def __init__(self, n_tables, seed):
        self.n = n_tables
        self.rng = random.Random(f"schemadiff-bench:{seed}:{n_tables}")
        self.count = Counter()
        self.enums = []  # (qualified name, labels)
        self.sequences = []  # qualified names
        self.fk_targets = []  # tables with a single-column primary key
        self.views = []  # (qualified name, has_status)
        self.normalize_functions = []
        self.tables = []  # ordinary tables from TablesMixin.table(), for --mutate
        self.partition_fk_targets = []  # tables the partitioned tables reference

    # ----------------------------------------------------------------- prelude

    def prelude(self):
        out = []
        for schema in SCHEMAS:
            out.append(f"CREATE SCHEMA {schema};")
            out.append(f"COMMENT ON SCHEMA {schema} IS {quote_literal(schema + ' domain objects')};")
            self.count.add("schemas")
            self.count.add("comments")
        out.append("")

        n_enums = 6 + self.n // 250
        for k in range(n_enums):
            base = ENUM_BASES[k % len(ENUM_BASES)]
            name = base if k < len(ENUM_BASES) else f"{base}_{k // len(ENUM_BASES)}"
            schema = "core" if k % 3 else SCHEMAS[k % (len(SCHEMAS) - 1)]
            labels = self.rng.sample(ENUM_LABELS, self.rng.randint(3, 7))
            qualified = f"{schema}.{name}"
            out.append(f"CREATE TYPE {qualified} AS ENUM ({', '.join(quote_literal(l) for l in labels)});")
            self.enums.append((qualified, labels))
            self.count.add("enums")
            if k % 2 == 0:
                out.append(f"COMMENT ON TYPE {qualified} IS 'Allowed values of {name}';")
                self.count.add("comments")
        out.append("")

        n_sequences = max(2, self.n // 20)
        for k in range(n_sequences):
            schema = SCHEMAS[k % len(SCHEMAS)]
            name = f"{schema}.ref_no_seq_{k}"
            options = []
            if k % 3 == 0:
                options.append(f"AS integer")
            if k % 4 == 1:
                options.append(f"INCREMENT BY {self.rng.choice([2, 5, 10])}")
            if k % 5 == 2:
                options.append(f"START WITH {self.rng.randint(1000, 99999)}")
            if k % 7 == 3:
                options.append("CACHE 20")
            if k % 11 == 4:
                options.append("CYCLE")
            out.append(f"CREATE SEQUENCE {name}{(' ' + ' '.join(options)) if options else ''};")
            self.sequences.append(name)
            self.count.add("sequences")
        out.append("")

        out.append(
            "CREATE FUNCTION core.set_updated_at() RETURNS trigger\n"
            "LANGUAGE plpgsql AS $$\n"
            "BEGIN\n"
            "  NEW.updated_at := now();\n"
            "  RETURN NEW;\n"
            "END;\n"
            "$$;")
        out.append("COMMENT ON FUNCTION core.set_updated_at() IS 'Keeps updated_at current on every update';")
        out.append(
            "CREATE FUNCTION audit.log_change() RETURNS trigger\n"
            "LANGUAGE plpgsql SECURITY DEFINER AS $$\n"
            "BEGIN\n"
            "  INSERT INTO audit.event_log (table_name, operation, row_data)\n"
            "  VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, TG_OP,\n"
            "          CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END);\n"
            "  RETURN NULL;\n"
            "END;\n"
            "$$;")
        self.count.add("functions", 2)
        self.count.add("comments")
        for k in range(max(2, self.n // 500)):
            schema = SCHEMAS[k % (len(SCHEMAS) - 1)]
            name = f"{schema}.normalize_name_{k}"
            transform = ["btrim(NEW.name)", "regexp_replace(btrim(NEW.name), '\\s+', ' ', 'g')",
                         "initcap(btrim(NEW.name))"][k % 3]
            out.append(
                f"CREATE FUNCTION {name}() RETURNS trigger\n"
                "LANGUAGE plpgsql AS $$\n"
                "BEGIN\n"
                "  IF NEW.name IS NULL THEN\n"
                "    RAISE EXCEPTION 'name must not be null on %', TG_TABLE_NAME;\n"
                "  END IF;\n"
                f"  NEW.name := {transform};\n"
                "  RETURN NEW;\n"
                "END;\n"
                "$$;")
            self.normalize_functions.append(name)
            self.count.add("functions")
        out.append("")
        return "\n".join(out) + "\n"

    # ----------------------------------------------------------------- tables

    def event_log_table(self):
        self.count.add("tables")
        self.count.add("columns", 5)
        self.count.add("primary_keys")
        self.count.add("sequences")
        self.count.add("indexes", 3)
        self.count.add("comments")
        self.count.add("check_constraints")
        return (
            "CREATE TABLE audit.event_log (\n"
            "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
            "    table_name text NOT NULL,\n"
            "    operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),\n"
            "    row_data jsonb,\n"
            "    logged_at timestamptz NOT NULL DEFAULT now()\n"
            ");\n"
            "CREATE INDEX event_log_logged_at_brin ON audit.event_log USING brin (logged_at);\n"
            "CREATE INDEX event_log_table_name_idx ON audit.event_log (table_name, logged_at DESC);\n"
            "COMMENT ON TABLE audit.event_log IS 'Row changes recorded by audit.log_change()';\n"
        )

    def partitioned_table(self, k):
        rng = self.rng
        schema = SCHEMAS[k % (len(SCHEMAS) - 1)]
        name = f"{rng.choice(TABLE_NOUNS)}_measurement_p{k}"
        qualified = f"{schema}.{name}"
        target = self.pick_target()
        if target is not None:
            self.partition_fk_targets.append(target)
        columns = [
            "    id bigint GENERATED ALWAYS AS IDENTITY",
            "    recorded_at timestamptz NOT NULL DEFAULT now()",
            "    reading numeric(10,3) NOT NULL CHECK (reading >= 0)",
            "    payload jsonb",
            "    source_ip inet",
        ]
        constraints = [f"    CONSTRAINT {name}_pkey PRIMARY KEY (id, recorded_at)"]
        if target is not None:
            columns.append(f"    {target.name}_id {target.pk_type}")
            constraints.append(f"    CONSTRAINT {name}_fk0 FOREIGN KEY ({target.name}_id) "
                               f"REFERENCES {target.qualified} (id) ON DELETE SET NULL")
        out = [f"CREATE TABLE {qualified} (\n" + ",\n".join(columns + constraints)
               + "\n) PARTITION BY RANGE (recorded_at);"]
        year = 2022 + k % 3
        for quarter in range(PARTITIONS_PER_PARENT):
            start = f"{year}-{quarter * 3 + 1:02d}-01 00:00:00+00"
            end = f"{year}-{quarter * 3 + 4:02d}-01 00:00:00+00"
            out.append(f"CREATE TABLE {qualified}_{year}q{quarter + 1} PARTITION OF {qualified}\n"
                       f"    FOR VALUES FROM ('{start}') TO ('{end}');")
        out.append(f"CREATE TABLE {qualified}_default PARTITION OF {qualified} DEFAULT;")
        out.append(f"CREATE INDEX {name}_recorded_brin ON {qualified} USING brin (recorded_at);")
        if target is not None:
            out.append(f"CREATE INDEX {name}_fk0_idx ON {qualified} ({target.name}_id, recorded_at DESC);")
        out.append(f"COMMENT ON TABLE {qualified} IS 'Measurements partitioned by quarter';")
        parts = PARTITIONS_PER_PARENT + 1
        per_table_indexes = 2 + (1 if target is not None else 0)
        self.count.add("partitioned_tables")
        self.count.add("partitions", parts)
        self.count.add("columns", len(columns) * (parts + 1))
        self.count.add("primary_keys", parts + 1)
        self.count.add("check_constraints", parts + 1)
        self.count.add("foreign_keys", parts + 1 if target is not None else 0)
        self.count.add("indexes", per_table_indexes * (parts + 1))
        self.count.add("sequences")
        self.count.add("comments")
        return "\n".join(out) + "\n\n"

    # ----------------------------------------------------------------- driver

    def chunks(self, chunk_size):
        """Yields (file name, SQL) in apply order."""
        yield "000_prelude.sql", self.prelude()
        buffer = [self.event_log_table() + "\n"]
        in_chunk = 1
        file_no = 1
        partitioned = 0
        for i in range(1, self.n):
            buffer.append(self.table(i))
            in_chunk += 1
            if i % TABLES_PER_PARTITIONED == TABLES_PER_PARTITIONED // 2:
                buffer.append(self.partitioned_table(partitioned))
                partitioned += 1
            if in_chunk >= chunk_size:
                yield f"{file_no:03d}_tables.sql", "".join(buffer)
                file_no += 1
                buffer = []
                in_chunk = 0
        if partitioned == 0:
            buffer.append(self.partitioned_table(partitioned))
        if buffer:
            yield f"{file_no:03d}_tables.sql", "".join(buffer)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tables", type=int, help="number of ordinary tables (>= 1)")
    parser.add_argument("--seed", default="1", help="seed mixed with N (default: 1)")
    parser.add_argument("--split", metavar="DIR", help="write one .sql per chunk into DIR instead of stdout")
    parser.add_argument("--chunk-size", type=int, default=250, help="tables per file with --split (default: 250)")
    parser.add_argument("--stats", action="store_true", help="print object counts to stderr")
    parser.add_argument("--mutate", type=float, metavar="PCT",
                        help="append DDL that changes about PCT %% of the objects (see mutate_schema.py)")
    args = parser.parse_args()
    if args.tables < 1:
        parser.error("N must be at least 1")
    if args.chunk_size < 1:
        parser.error("--chunk-size must be at least 1")
    if args.mutate is not None and not 0 < args.mutate <= 100:
        parser.error("--mutate must be in (0, 100]")

    generator = Generator(args.tables, args.seed)
    header = (f"-- Generated by generate_schema.py {args.tables} --seed {args.seed}: "
              f"{args.tables} ordinary tables plus partitioned tables.\n"
              "SET client_min_messages = warning;\n\n")
    pct = f"{args.mutate:g}" if args.mutate is not None else None
    if args.split:
        os.makedirs(args.split, exist_ok=True)
        file_no = 0
        for file_name, sql in generator.chunks(args.chunk_size):
            with open(os.path.join(args.split, file_name), "w", encoding="utf-8") as f:
                f.write(header if file_name.startswith("000_") else "")
                f.write(sql)
            file_no += 1
        if pct is not None:
            sql, mutations = mutation_sql(generator, pct, args.seed)
            with open(os.path.join(args.split, f"{file_no:03d}_mutations.sql"), "w", encoding="utf-8") as f:
                f.write(sql)
    else:
        out = sys.stdout
        out.write(header)
        for file_name, sql in generator.chunks(args.chunk_size):
            out.write(f"-- {file_name}\n")
            out.write(sql)
        if pct is not None:
            sql, mutations = mutation_sql(generator, pct, args.seed)
            out.write(sql)
    if args.stats:
        for key in Counter.KEYS:
            print(f"{key}: {generator.count.values[key]}", file=sys.stderr)
        if pct is not None:
            for key in Mutations.KEYS:
                print(f"mutated.{key}: {mutations[key]}", file=sys.stderr)
            print(f"mutated.total: {sum(mutations.values())}", file=sys.stderr)


if __name__ == "__main__":
    main()

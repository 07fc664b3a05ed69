# SPDX-License-Identifier: MIT
"""The --mutate PCT variant of generate_schema.py: DDL appended after the generated schema
that changes about PCT % of its objects, so that the script as a whole loads the changed
schema (a diff between the plain and the mutated schema has PCT % of objects to migrate).

Every column, index, CHECK constraint, view, enum, table and comment of the ordinary tables
is picked with probability PCT/100 and gets one change of its kind: columns are dropped,
retyped to a wider type, get their default changed or dropped, NOT NULL toggled or their
comment changed; indexes are dropped or rebuilt with another predicate; CHECK expressions
are rewritten; views are redefined with another WHERE clause; enums get a label; tables get a
column or an index, lose their comment, or are dropped when nothing depends on them. New
tables come in addition (PCT/10 % of N). Partitioned tables are left alone.

The changes use their own random stream: the plain schema stays byte-identical, and the
output depends only on N, --seed and PCT.
"""

import random

from schema_tables import quote_literal

# Columns that views, materialized views, generated columns or triggers read: PostgreSQL
# refuses to retype them, and dropping them would need CASCADE.
PINNED_COLUMNS = {"id", "created_at", "name", "code", "status", "price", "email", "is_active",
                  "quantity", "updated_at"}
# Widening conversions that every value of the old type survives.
WIDER_TYPES = {
    "smallint": "integer",
    "integer": "bigint",
    "bigint": "numeric(20,0)",
    "char(2)": "varchar(8)",
    "date": "timestamp without time zone",
}
NEW_DEFAULTS = {
    "created_at": "clock_timestamp()",
    "price": "1",
    "quantity": "2",
    "is_active": "false",
    "attributes": "'{\"v\": 1}'::jsonb",
    "tags": "'{untagged}'::text[]",
    "retries": "3",
    "total_count": "-1",
    "version": "0",
    "sort_order": "100",
}
NEW_CHECKS = {
    "name": "char_length(name) BETWEEN 1 AND 300",
    "email": "email LIKE '%_@_%'",
    "retries": "retries >= 0 AND retries <= 10",
    "sort_order": "sort_order >= -1",
}


class Mutations:
    """Statements and per-kind counts of the changes."""

    KEYS = ["tables_added", "tables_dropped", "columns_added", "columns_dropped",
            "columns_retyped", "defaults_changed", "not_null_toggled", "indexes_added",
            "indexes_dropped", "index_predicates_changed", "checks_changed", "views_redefined",
            "enum_labels_added", "comments_changed"]

    def __init__(self):
        self.values = {key: 0 for key in self.KEYS}
        self.sql = []

    def add(self, key, *statements):
        self.values[key] += 1
        self.sql.extend(statements)


def column_type(definition):
    """The type at the start of a column definition, as the generator wrote it."""
    for prefix in ("double precision", "time without time zone"):
        if definition.startswith(prefix):
            return prefix
    return definition.split(" ", 1)[0]


class Mutator:
    def __init__(self, generator, pct, seed):
        self.g = generator
        self.p = float(pct) / 100.0
        self.rng = random.Random(f"schemadiff-bench-mutate:{seed}:{generator.n}:{pct}")
        self.m = Mutations()
        self.enum_labels = dict(generator.enums)

    def picked(self):
        return self.rng.random() < self.p

    def run(self):
        referenced = {id(target) for target in self.g.partition_fk_targets}
        for t in self.g.tables:
            referenced.update(id(target) for _column, target, _action in t.fks if target is not t)
        survivors = []
        for t in self.g.tables:
            droppable = id(t) not in referenced and not t.views and not t.has_matview
            if self.picked() and droppable and self.rng.random() < 0.3:
                self.m.add("tables_dropped", f"DROP TABLE {t.qualified};")
                continue
            survivors.append(t)
            self.mutate_table(t)
        for qualified, labels in self.g.enums:
            if self.picked():
                position = self.rng.choice(["", f" BEFORE {quote_literal(labels[0])}",
                                            f" AFTER {quote_literal(labels[-1])}"])
                self.m.add("enum_labels_added", f"ALTER TYPE {qualified} ADD VALUE 'mutated'{position};")
        self.add_tables(survivors)
        return self.m

    # ----------------------------------------------------------------- tables

    def mutate_table(self, t):
        q = t.qualified
        if self.picked():
            choice = self.rng.randrange(3)
            if choice == 0:
                definition = self.rng.choice(["text", "integer NOT NULL DEFAULT 0",
                                              "timestamptz", "jsonb DEFAULT '{}'::jsonb"])
                self.m.add("columns_added", f"ALTER TABLE {q} ADD COLUMN added_note {definition};")
            elif choice == 1:
                name = f"{t.name}_added_idx"
                assert len(name) <= 63, name
                self.m.add("indexes_added", f"CREATE INDEX {name} ON {q} (created_at DESC);")
            else:
                text = "NULL" if t.table_comment else quote_literal(f"Rows of {t.name}")
                self.m.add("comments_changed", f"COMMENT ON TABLE {q} IS {text};")
        # Index and CHECK changes come before column drops: a dropped column takes its
        # indexes and constraints with it.
        for name, definition, unique in t.indexes:
            if self.picked():
                self.mutate_index(t, name, definition, unique)
        for column, definition in t.columns:
            if "CHECK" in definition and column in NEW_CHECKS and self.picked():
                self.m.add("checks_changed",
                           f"ALTER TABLE {q} DROP CONSTRAINT {t.name}_{column}_check;",
                           f"ALTER TABLE {q} ADD CONSTRAINT {t.name}_{column}_check CHECK ({NEW_CHECKS[column]});")
        for constraint in t.constraints:
            if constraint.startswith(f"CONSTRAINT {t.name}_price_check ") and self.picked():
                self.m.add("checks_changed",
                           f"ALTER TABLE {q} DROP CONSTRAINT {t.name}_price_check;",
                           f"ALTER TABLE {q} ADD CONSTRAINT {t.name}_price_check CHECK (price >= 0 AND quantity >= 0);")
        for view, statement in t.views:
            if self.picked():
                self.redefine_view(view, statement)
        for column, definition in t.columns:
            if self.picked():
                self.mutate_column(t, column, definition)

    def mutate_index(self, t, name, definition, unique):
        qualified_index = f"{t.schema}.{name}"
        if self.rng.random() < 0.4:
            self.m.add("indexes_dropped", f"DROP INDEX {qualified_index};")
            return
        if " WHERE " in definition:
            head, predicate = definition.split(" WHERE ", 1)
            changed = f"{head} WHERE ({predicate}) AND created_at IS NOT NULL"
        else:
            changed = f"{definition} WHERE created_at IS NOT NULL"
        self.m.add("index_predicates_changed", f"DROP INDEX {qualified_index};",
                   f"CREATE {'UNIQUE ' if unique else ''}INDEX {name} ON {t.qualified} {changed};")

    def redefine_view(self, view, statement):
        body = statement.replace("CREATE VIEW", "CREATE OR REPLACE VIEW", 1)
        if "interval '30 days'" in body:
            body = body.replace("interval '30 days'", "interval '90 days'")
        elif "\n  WHERE " in body:
            body = body.replace("\n  WHERE ", "\n  WHERE t.created_at IS NOT NULL AND ", 1)
        else:
            body = body[:-1] + "\n  WHERE t.created_at IS NOT NULL;"
        self.m.add("views_redefined", body)

    def mutate_column(self, t, column, definition):
        q = t.qualified
        kind = t.kinds[column]
        # Comments are the fallback of columns nothing else applies to: weight them lower.
        options = {"comment": 1}
        generated = "GENERATED" in definition
        if not generated and kind not in ("pk", "fk"):
            options["not_null"] = 2
            if "DEFAULT" in definition:
                options["default"] = 2
        if column not in PINNED_COLUMNS and kind not in ("pk", "fk") and not generated:
            options["drop"] = 2
            if column_type(definition) in WIDER_TYPES:
                options["retype"] = 3
        choice = self.rng.choices(list(options), weights=list(options.values()))[0]
        if choice == "drop":
            self.m.add("columns_dropped", f"ALTER TABLE {q} DROP COLUMN {column};")
        elif choice == "retype":
            wider = WIDER_TYPES[column_type(definition)]
            self.m.add("columns_retyped", f"ALTER TABLE {q} ALTER COLUMN {column} TYPE {wider};")
        elif choice == "default":
            new_default = NEW_DEFAULTS.get(column)
            if kind == "status":
                labels = self.enum_labels[column_type(definition)]
                new_default = quote_literal(labels[-1])
            action = f"SET DEFAULT {new_default}" if new_default else "DROP DEFAULT"
            self.m.add("defaults_changed", f"ALTER TABLE {q} ALTER COLUMN {column} {action};")
        elif choice == "not_null":
            action = "DROP NOT NULL" if "NOT NULL" in definition else "SET NOT NULL"
            self.m.add("not_null_toggled", f"ALTER TABLE {q} ALTER COLUMN {column} {action};")
        else:
            text = ("NULL" if column in t.column_comments
                    else quote_literal(f"{column.replace('_', ' ').capitalize()}, changed"))
            self.m.add("comments_changed", f"COMMENT ON COLUMN {q}.{column} IS {text};")

    def add_tables(self, survivors):
        targets = [t for t in survivors if t.pk_type is not None]
        for k in range(round(self.g.n * self.p / 10)):
            schema = self.rng.choice(["core", "sales", "billing", "inventory", "support"])
            name = f"added_table_{k}"
            columns = ["    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
                       "    created_at timestamptz NOT NULL DEFAULT now()",
                       "    name text NOT NULL CHECK (char_length(name) > 0)",
                       "    amount numeric(12,2) DEFAULT 0"]
            statements = []
            if targets:
                target = self.rng.choice(targets)
                columns.append(f"    {target.name}_id {target.pk_type} REFERENCES {target.qualified} (id) ON DELETE CASCADE")
                statements.append(f"CREATE INDEX {name}_fk_idx ON {schema}.{name} ({target.name}_id);")
            statements.insert(0, f"CREATE TABLE {schema}.{name} (\n" + ",\n".join(columns) + "\n);")
            statements.append(f"COMMENT ON TABLE {schema}.{name} IS 'Added by the mutated schema';")
            self.m.add("tables_added", *statements)


def mutation_sql(generator, pct, seed):
    """Returns (SQL, counts) of the changes for a generator that has emitted its schema;
    `pct` is the percentage as written in the header (a string, so the stream is stable)."""
    mutations = Mutator(generator, pct, seed).run()
    header = (f"-- Mutations of generate_schema.py {generator.n} --seed {seed} --mutate {pct}\n")
    return header + "\n".join(mutations.sql) + "\n", mutations.values

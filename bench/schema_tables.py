# SPDX-License-Identifier: MIT
"""Ordinary tables of generate_schema.py: columns, constraints, indexes, triggers,
comments and the views built on them."""

SCHEMAS = ["core", "sales", "billing", "inventory", "support", "audit"]

TABLE_NOUNS = [
    "account", "customer", "order", "invoice", "payment", "product", "supplier",
    "shipment", "warehouse", "employee", "contract", "ticket", "project", "task",
    "asset", "device", "campaign", "lead", "subscription", "refund", "review",
    "category", "region", "store", "vendor", "budget", "ledger", "batch", "route",
    "vehicle",
]
TABLE_QUALIFIERS = [
    "item", "line", "event", "note", "history", "detail", "snapshot", "link",
    "setting", "stat", "log", "version", "tag", "rule", "plan", "entry", "attempt",
    "quota", "member", "schedule",
]
def quote_literal(text):
    return "'" + text.replace("'", "''") + "'"


class Table:
    def __init__(self, schema, name):
        self.schema = schema
        self.name = name
        self.columns = []  # (name, definition)
        self.kinds = {}  # column name -> kind tag, for indexes/views/triggers
        self.constraints = []
        self.pk_type = None  # type of a single-column primary key, None if composite
        # Recorded for --mutate (mutate_schema.py); never read while generating.
        self.fks = []  # (column, target Table, action)
        self.indexes = []  # (name, definition after the table name, unique)
        self.views = []  # (qualified name, CREATE VIEW statement)
        self.has_matview = False
        self.table_comment = False
        self.column_comments = set()

    @property
    def qualified(self):
        return f"{self.schema}.{self.name}"

    def has(self, column):
        return column in self.kinds

    def add_column(self, name, definition, kind):
        self.columns.append((name, definition))
        self.kinds[name] = kind


class TablesMixin:
    """Needs self.rng, self.count, self.enums, self.sequences, self.fk_targets,
    self.views, self.normalize_functions and self.tables (see generate_schema.Generator)."""

    def pick_target(self):
        if not self.fk_targets:
            return None
        if self.rng.random() < 0.7:
            return self.rng.choice(self.fk_targets[-50:])
        return self.rng.choice(self.fk_targets)

    def optional_columns(self, t):
        """Adds a random selection of realistic columns to `t`."""
        rng = self.rng
        enum_name, enum_labels = rng.choice(self.enums)
        array_enum, _ = rng.choice(self.enums)
        varchar_len = rng.choice([16, 32, 64, 120, 255])
        candidates = [
            ("name", lambda: ("text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200)", "name")),
            ("code", lambda: (f"varchar({varchar_len}) NOT NULL", "code")),
            ("description", lambda: ("text", "text")),
            ("email", lambda: ("varchar(320) CHECK (email LIKE '%@%')", "text")),
            ("price", lambda: ("numeric(12,2) NOT NULL DEFAULT 0", "price")),
            ("quantity", lambda: ("integer NOT NULL DEFAULT 1", "quantity")),
            ("is_active", lambda: ("boolean NOT NULL DEFAULT true", "bool")),
            ("updated_at", lambda: ("timestamptz", "updated_at")),
            ("valid_on", lambda: ("date", "date")),
            ("attributes", lambda: ("jsonb NOT NULL DEFAULT '{}'::jsonb", "jsonb")),
            ("external_id", lambda: ("uuid NOT NULL DEFAULT gen_random_uuid()", "uuid")),
            ("checksum", lambda: ("bytea", "bytea")),
            ("client_ip", lambda: ("inet", "inet")),
            ("tags", lambda: ("text[] NOT NULL DEFAULT '{}'::text[]", "text_array")),
            ("status", lambda: (f"{enum_name} NOT NULL DEFAULT {quote_literal(enum_labels[0])}", "status")),
            ("labels", lambda: (f"{array_enum}[]", "enum_array")),
            ("valid_range", lambda: ("int4range", "range")),
            ("score", lambda: ("double precision", "number")),
            ("retries", lambda: ("smallint NOT NULL DEFAULT 0 CHECK (retries >= 0)", "number")),
            ("duration", lambda: ("interval", "other")),
            ("country", lambda: ("char(2)", "other")),
            ("total_count", lambda: ("bigint NOT NULL DEFAULT 0", "number")),
            ("opens_at", lambda: ("time without time zone", "other")),
            ("version", lambda: ("integer NOT NULL DEFAULT 1", "number")),
        ]
        if self.sequences and rng.random() < 0.15:
            seq = rng.choice(self.sequences)
            candidates.append(("ref_no", lambda: (f"bigint NOT NULL DEFAULT nextval('{seq}'::regclass)", "number")))
        count = rng.randint(4, 10)
        for name, make in rng.sample(candidates, min(count, len(candidates))):
            definition, kind = make()
            t.add_column(name, definition, kind)
            if "CHECK" in definition:
                self.count.add("check_constraints")

    def table(self, i):
        """One ordinary table plus its indexes, triggers and comments; returns SQL."""
        rng = self.rng
        schema = SCHEMAS[rng.randrange(len(SCHEMAS) - 1)]
        name = f"{rng.choice(TABLE_NOUNS)}_{rng.choice(TABLE_QUALIFIERS)}_{i}"
        t = Table(schema, name)
        link_table = i % 15 == 7 and len(self.fk_targets) >= 2
        fks = []

        if link_table:
            a, b = rng.sample(self.fk_targets, 2)
            for j, target in enumerate((a, b)):
                column = f"{'left' if j == 0 else 'right'}_{target.name.rsplit('_', 1)[0]}_id"
                t.add_column(column, f"{target.pk_type} NOT NULL", "fk")
                fks.append((column, target, "CASCADE"))
            t.constraints.append(f"CONSTRAINT {name}_pkey PRIMARY KEY ({fks[0][0]}, {fks[1][0]})")
            t.add_column("created_at", "timestamptz NOT NULL DEFAULT now()", "created_at")
            if rng.random() < 0.5:
                t.add_column("sort_order", "integer NOT NULL DEFAULT 0 CHECK (sort_order >= 0)", "number")
                self.count.add("check_constraints")
        else:
            if i % 9 == 4:
                t.add_column("id", "uuid DEFAULT gen_random_uuid() PRIMARY KEY", "pk")
                t.pk_type = "uuid"
            else:
                identity = "ALWAYS" if i % 4 else "BY DEFAULT"
                t.add_column("id", f"bigint GENERATED {identity} AS IDENTITY PRIMARY KEY", "pk")
                t.pk_type = "bigint"
                self.count.add("sequences")
            t.add_column("created_at", "timestamptz NOT NULL DEFAULT now()", "created_at")
            for _ in range(rng.choice([0, 1, 1, 1, 2])):
                target = self.pick_target()
                if target is None:
                    break
                column = f"{target.name}_id"
                if t.has(column):
                    continue
                if rng.random() < 0.5:
                    t.add_column(column, f"{target.pk_type} NOT NULL", "fk")
                    fks.append((column, target, "CASCADE"))
                else:
                    t.add_column(column, target.pk_type, "fk")
                    fks.append((column, target, "SET NULL"))
            if t.pk_type == "bigint" and rng.random() < 0.05:
                t.add_column("parent_id", "bigint", "fk")
                fks.append(("parent_id", t, "SET NULL"))
            self.optional_columns(t)

        self.count.add("tables")
        self.count.add("primary_keys")
        self.count.add("indexes")
        t.fks = fks
        self.tables.append(t)

        if t.has("price") and t.has("quantity"):
            t.add_column("line_total", "numeric(14,2) GENERATED ALWAYS AS (price * quantity) STORED", "number")
            t.constraints.append(f"CONSTRAINT {name}_price_check CHECK (price >= 0 AND quantity > 0)")
            self.count.add("check_constraints")
        elif t.has("name") and rng.random() < 0.1:
            t.add_column("name_key", "text GENERATED ALWAYS AS (lower(name)) STORED", "text")
        if t.has("valid_on") and t.has("updated_at") and rng.random() < 0.5:
            t.constraints.append(f"CONSTRAINT {name}_dates_check CHECK (valid_on <= updated_at::date)")
            self.count.add("check_constraints")

        unique_indexes = 0
        if t.has("code"):
            extra = " NULLS NOT DISTINCT" if rng.random() < 0.2 else ""
            if t.has("valid_on") and rng.random() < 0.3:
                t.constraints.append(f"CONSTRAINT {name}_code_key UNIQUE{extra} (code, valid_on)")
            else:
                t.constraints.append(f"CONSTRAINT {name}_code_key UNIQUE{extra} (code)")
            self.count.add("unique_constraints")
            unique_indexes += 1
        if t.has("valid_range") and rng.random() < 0.15:
            t.constraints.append(f"CONSTRAINT {name}_range_excl EXCLUDE USING gist (valid_range WITH &&)")
            self.count.add("exclusion_constraints")
            unique_indexes += 1
        for j, (column, target, action) in enumerate(fks):
            deferrable = " DEFERRABLE INITIALLY DEFERRED" if rng.random() < 0.05 else ""
            t.constraints.append(
                f"CONSTRAINT {name}_fk{j} FOREIGN KEY ({column}) REFERENCES {target.qualified} (id) "
                f"ON DELETE {action}{deferrable}")
            self.count.add("foreign_keys")
        self.count.add("indexes", unique_indexes)
        self.count.add("columns", len(t.columns))

        body = [f"    {column} {definition}" for column, definition in t.columns]
        body += [f"    {constraint}" for constraint in t.constraints]
        out = [f"CREATE TABLE {t.qualified} (\n" + ",\n".join(body) + "\n);"]
        out += self.table_indexes(t, fks, i)
        out += self.table_triggers(t, i)
        out += self.table_comments(t)
        if t.pk_type is not None:
            self.fk_targets.append(t)
        out += self.table_views(t, fks, i)
        return "\n".join(out) + "\n\n"

    def table_indexes(self, t, fks, i):
        rng = self.rng
        out = []

        def index(suffix, definition, unique=False):
            name = f"{t.name}_{suffix}"
            assert len(name) <= 63, name
            out.append(f"CREATE {'UNIQUE ' if unique else ''}INDEX {name} ON {t.qualified} {definition};")
            t.indexes.append((name, definition, unique))
            self.count.add("indexes")

        # Foreign keys are usually indexed (the link tables' leading column is the PK).
        for j, (column, _target, _action) in enumerate(fks):
            if t.pk_type is None and j == 0:
                continue
            if j == 0 and t.has("created_at") and rng.random() < 0.3:
                index(f"fk{j}_idx", f"({column}, created_at DESC)")
            else:
                index(f"fk{j}_idx", f"({column})")

        templates = []
        if t.has("status"):
            templates.append(lambda: index("status_created_idx", "(status, created_at DESC)"))
        if t.has("is_active"):
            templates.append(lambda: index("active_created_idx", "(created_at) WHERE is_active"))
        if t.has("name"):
            templates.append(lambda: index("lower_name_idx", "(lower(name))"))
            templates.append(lambda: index("name_spgist", "USING spgist (name)"))
        if t.has("code") and t.has("name"):
            templates.append(lambda: index("code_incl_idx", "(code) INCLUDE (name)"))
        if t.has("attributes"):
            templates.append(lambda: index("attributes_gin", "USING gin (attributes jsonb_path_ops)"))
            templates.append(lambda: index("attributes_kind_idx", "((attributes ->> 'kind')) WHERE attributes ? 'kind'"))
        if t.has("tags"):
            templates.append(lambda: index("tags_gin", "USING gin (tags)"))
        if t.has("valid_range"):
            templates.append(lambda: index("valid_range_gist", "USING gist (valid_range)"))
        if t.has("external_id"):
            templates.append(lambda: index("external_id_hash", "USING hash (external_id)"))
        if t.has("client_ip"):
            templates.append(lambda: index("client_ip_spgist", "USING spgist (client_ip inet_ops)"))
        if t.has("email"):
            templates.append(lambda: index("email_key", "(lower(email::text)) WHERE email IS NOT NULL", unique=True))
        if t.has("updated_at"):
            templates.append(lambda: index("updated_at_idx", "(updated_at DESC NULLS LAST)"))
        templates.append(lambda: index("created_brin", "USING brin (created_at) WITH (pages_per_range = 32)"))

        # Rotate the first pick so that every method shows up even in small schemas.
        wanted = rng.choice([0, 1, 1, 1, 2, 2])
        if templates and wanted:
            first = i % len(templates)
            chosen = [first] + rng.sample([k for k in range(len(templates)) if k != first],
                                          min(wanted - 1, len(templates) - 1))
            for k in chosen:
                templates[k]()
        return out

    def table_triggers(self, t, i):
        out = []
        if t.has("updated_at"):
            out.append(f"CREATE TRIGGER {t.name}_set_updated_at BEFORE UPDATE ON {t.qualified}\n"
                       f"    FOR EACH ROW EXECUTE FUNCTION core.set_updated_at();")
            self.count.add("triggers")
        if i % 10 == 5:
            out.append(f"CREATE TRIGGER {t.name}_audit AFTER INSERT OR UPDATE OR DELETE ON {t.qualified}\n"
                       f"    FOR EACH ROW EXECUTE FUNCTION audit.log_change();")
            self.count.add("triggers")
        if t.has("name") and i % 7 == 2:
            function = self.normalize_functions[i % len(self.normalize_functions)]
            out.append(f"CREATE TRIGGER {t.name}_normalize BEFORE INSERT OR UPDATE OF name ON {t.qualified}\n"
                       f"    FOR EACH ROW WHEN (NEW.name IS NOT NULL) EXECUTE FUNCTION {function}();")
            self.count.add("triggers")
        if i % 97 == 13:
            out.append(f"CREATE TRIGGER {t.name}_truncate_audit AFTER TRUNCATE ON {t.qualified}\n"
                       f"    FOR EACH STATEMENT EXECUTE FUNCTION audit.log_change();")
            self.count.add("triggers")
        return out

    def table_comments(self, t):
        rng = self.rng
        out = []
        if rng.random() < 0.7:
            words = t.name.rsplit("_", 1)[0].replace("_", " ")
            out.append(f"COMMENT ON TABLE {t.qualified} IS {quote_literal('One row per ' + words)};")
            t.table_comment = True
            self.count.add("comments")
        for column, _definition in t.columns:
            if rng.random() < 0.08:
                out.append(f"COMMENT ON COLUMN {t.qualified}.{column} IS "
                           f"{quote_literal(column.replace('_', ' ').capitalize() + ' of the ' + t.name)};")
                t.column_comments.add(column)
                self.count.add("comments")
        return out

    def table_views(self, t, fks, i):
        rng = self.rng
        out = []
        if t.pk_type is not None and i % 8 == 3:
            columns = ["t.id", "t.created_at"]
            for column in ("name", "code", "status", "price", "email"):
                if t.has(column):
                    columns.append(f"t.{column}")
            source = f"{t.qualified} t"
            join_fk = next((fk for fk in fks if fk[1] is not t), None)
            if join_fk is not None:
                column, target, _action = join_fk
                source += f"\n    LEFT JOIN {target.qualified} p ON p.id = t.{column}"
                columns.append(f"p.created_at AS parent_created_at")
            where = "\n  WHERE t.is_active" if t.has("is_active") else ""
            view = f"{t.schema}.{t.name}_v"
            check = "\n  WITH LOCAL CHECK OPTION" if join_fk is None and where and rng.random() < 0.3 else ""
            out.append(f"CREATE VIEW {view} AS\n  SELECT {', '.join(columns)}\n  FROM {source}{where}{check};")
            t.views.append((view, out[-1]))
            self.views.append((view, t.has("status")))
            self.count.add("views")
            if rng.random() < 0.5:
                out.append(f"COMMENT ON VIEW {view} IS 'Current rows of {t.name}';")
                self.count.add("comments")
        if i % 40 == 27 and self.views:
            base, _has_status = rng.choice(self.views)
            view = f"{t.schema}.recent_{i}_v"
            out.append(f"CREATE VIEW {view} AS\n  SELECT v.*\n  FROM {base} v\n"
                       f"  WHERE v.created_at > now() - interval '30 days';")
            t.views.append((view, out[-1]))
            self.views.append((view, _has_status))
            self.count.add("views")
        if i % 50 == 11 and t.pk_type is not None:
            mv = f"{t.schema}.{t.name}_daily_mv"
            group = ["date_trunc('day', created_at) AS day"]
            keys = ["day"]
            if t.has("status"):
                group.insert(0, "status")
                keys.insert(0, "status")
            aggregates = ["count(*) AS row_count"]
            if t.has("price"):
                aggregates.append("sum(price) AS price_total")
            out.append(f"CREATE MATERIALIZED VIEW {mv} AS\n"
                       f"  SELECT {', '.join(group + aggregates)}\n"
                       f"  FROM {t.qualified}\n"
                       f"  GROUP BY {', '.join(str(k + 1) for k in range(len(group)))}\n"
                       f"WITH DATA;")
            out.append(f"CREATE UNIQUE INDEX {t.name}_daily_mv_key ON {mv} ({', '.join(keys)});")
            out.append(f"COMMENT ON MATERIALIZED VIEW {mv} IS 'Daily totals of {t.name}';")
            self.count.add("materialized_views")
            t.has_matview = True
            self.count.add("indexes")
            self.count.add("comments")
        return out

CREATE TABLE cameras (
    id varchar NOT NULL,
    name varchar NOT NULL,
    folder_path varchar NOT NULL,
    status varchar NOT NULL DEFAULT 'online',
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz,
    deleted_at timestamptz,
    property_id integer REFERENCES properties (id) ON DELETE SET NULL,
    CONSTRAINT cameras_pkey PRIMARY KEY (id),
    CONSTRAINT ck_cameras_status CHECK (status IN ('online', 'offline', 'error', 'unknown'))
);
CREATE UNIQUE INDEX idx_cameras_name_unique ON cameras (name);
CREATE UNIQUE INDEX idx_cameras_folder_path_unique ON cameras (folder_path);
CREATE INDEX idx_cameras_property_id ON cameras (property_id);

-- Which cameras look at which area (a camera on a corner can see two).
CREATE TABLE camera_areas (
    camera_id varchar NOT NULL REFERENCES cameras (id) ON DELETE CASCADE,
    area_id integer NOT NULL REFERENCES areas (id) ON DELETE CASCADE,
    PRIMARY KEY (camera_id, area_id)
);
CREATE INDEX idx_camera_areas_area_id ON camera_areas (area_id);

-- Detection polygons drawn on a camera's image. Called "zones" until the areas of a
-- property arrived; renamed with its indexes, constraints and enum types.
-- schemadiff:renamed-from zones
CREATE TABLE camera_zones (
    id varchar NOT NULL,
    camera_id varchar NOT NULL,
    name varchar(255) NOT NULL,
    zone_type camera_zone_type_enum NOT NULL DEFAULT 'other',
    coordinates jsonb NOT NULL,
    shape camera_zone_shape_enum NOT NULL DEFAULT 'rectangle',
    color varchar(7) NOT NULL DEFAULT '#3B82F6',
    enabled boolean NOT NULL DEFAULT true,
    priority integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    -- schemadiff:renamed-from zones_pkey
    CONSTRAINT camera_zones_pkey PRIMARY KEY (id),
    -- schemadiff:renamed-from zones_camera_id_fkey
    CONSTRAINT camera_zones_camera_id_fkey FOREIGN KEY (camera_id) REFERENCES cameras (id) ON DELETE CASCADE,
    -- schemadiff:renamed-from ck_zones_priority_non_negative
    CONSTRAINT ck_camera_zones_priority_non_negative CHECK (priority >= 0),
    -- schemadiff:renamed-from ck_zones_color_hex
    CONSTRAINT ck_camera_zones_color_hex CHECK (color ~ '^#[0-9A-Fa-f]{6}$')
);
-- schemadiff:renamed-from idx_zones_camera_id
CREATE INDEX idx_camera_zones_camera_id ON camera_zones (camera_id);
-- schemadiff:renamed-from idx_zones_enabled
CREATE INDEX idx_camera_zones_enabled ON camera_zones (enabled);
-- schemadiff:renamed-from idx_zones_camera_enabled
CREATE INDEX idx_camera_zones_camera_enabled ON camera_zones (camera_id, enabled);

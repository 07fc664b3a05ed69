-- Enum types come first: the tables below use them.
CREATE TYPE alert_severity AS ENUM ('low', 'medium', 'high', 'critical');
CREATE TYPE alert_status AS ENUM ('pending', 'delivered', 'acknowledged', 'dismissed');

-- The zone enums were renamed with their table (zones -> camera_zones): a camera zone is a
-- polygon on one camera's image, not an area of a property.
-- schemadiff:renamed-from zone_type_enum
CREATE TYPE camera_zone_type_enum AS ENUM ('entry_point', 'driveway', 'sidewalk', 'yard', 'other');
-- schemadiff:renamed-from zone_shape_enum
CREATE TYPE camera_zone_shape_enum AS ENUM ('rectangle', 'polygon');

-- The enrichment pipeline stores what it found about a detection as JSON
-- ({"vehicle": {"type": ..., "color": ...}, "person": {...}, "license_plates": [...]}).
-- These views give it columns with SQL/JSON path expressions, which the GIN
-- jsonb_path_ops index on enrichment_data serves for @? and @> filters.
CREATE VIEW v_detection_enrichment AS
SELECT d.id AS detection_id,
       d.camera_id,
       d.detected_at,
       d.object_type,
       jsonb_path_query_first(d.enrichment_data, '$.vehicle.type') #>> '{}' AS vehicle_type,
       jsonb_path_query_first(d.enrichment_data, '$.vehicle.color') #>> '{}' AS vehicle_color,
       jsonb_path_query_first(d.enrichment_data, '$.person.clothing') #>> '{}' AS person_clothing,
       jsonb_path_exists(d.enrichment_data, '$.person.face_visible ? (@ == true)') AS face_visible,
       (jsonb_path_query_first(d.enrichment_data, '$.pet.confidence') #>> '{}')::double precision AS pet_confidence
FROM detections d
WHERE d.enrichment_data IS NOT NULL;

-- One row per license plate read in a detection.
CREATE VIEW v_detection_license_plates AS
SELECT d.id AS detection_id,
       d.camera_id,
       d.detected_at,
       plate.value ->> 'text' AS plate_text,
       (plate.value ->> 'confidence')::double precision AS confidence
FROM detections d
CROSS JOIN LATERAL jsonb_path_query(d.enrichment_data, '$.license_plates[*]') AS plate (value)
WHERE d.enrichment_data @? '$.license_plates[*]';

-- Plates read by the cameras that no household of the property has registered.
CREATE VIEW v_unregistered_plate_sightings AS
SELECT p.detection_id, p.camera_id, p.detected_at, p.plate_text, p.confidence
FROM v_detection_license_plates p
WHERE p.plate_text IS NOT NULL
  AND NOT EXISTS (
      SELECT 1 FROM registered_vehicles v WHERE upper(v.license_plate) = upper(p.plate_text)
  );

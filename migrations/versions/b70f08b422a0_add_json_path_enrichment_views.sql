-- revision: b70f08b422a0
-- revises: eb3774d70a38
-- message: add_json_path_enrichment_views
-- created: 2026-11-24T12:54:52Z

-- schemadiff:upgrade
CREATE VIEW "public"."v_detection_enrichment" AS
 SELECT d.id AS detection_id,
    d.camera_id,
    d.detected_at,
    d.object_type,
    jsonb_path_query_first(d.enrichment_data, '$."vehicle"."type"'::jsonpath) #>> '{}'::text[] AS vehicle_type,
    jsonb_path_query_first(d.enrichment_data, '$."vehicle"."color"'::jsonpath) #>> '{}'::text[] AS vehicle_color,
    jsonb_path_query_first(d.enrichment_data, '$."person"."clothing"'::jsonpath) #>> '{}'::text[] AS person_clothing,
    jsonb_path_exists(d.enrichment_data, '$."person"."face_visible"?(@ == true)'::jsonpath) AS face_visible,
    (jsonb_path_query_first(d.enrichment_data, '$."pet"."confidence"'::jsonpath) #>> '{}'::text[])::double precision AS pet_confidence
   FROM public.detections d
  WHERE d.enrichment_data IS NOT NULL;
CREATE VIEW "public"."v_detection_license_plates" AS
 SELECT d.id AS detection_id,
    d.camera_id,
    d.detected_at,
    plate.value ->> 'text'::text AS plate_text,
    (plate.value ->> 'confidence'::text)::double precision AS confidence
   FROM public.detections d
     CROSS JOIN LATERAL jsonb_path_query(d.enrichment_data, '$."license_plates"[*]'::jsonpath) plate(value)
  WHERE d.enrichment_data @? '$."license_plates"[*]'::jsonpath;
CREATE VIEW "public"."v_unregistered_plate_sightings" AS
 SELECT p.detection_id,
    p.camera_id,
    p.detected_at,
    p.plate_text,
    p.confidence
   FROM public.v_detection_license_plates p
  WHERE p.plate_text IS NOT NULL AND NOT (EXISTS ( SELECT 1
           FROM public.registered_vehicles v
          WHERE upper(v.license_plate::text) = upper(p.plate_text)));

-- schemadiff:downgrade
DROP VIEW "public"."v_detection_enrichment";
DROP VIEW "public"."v_unregistered_plate_sightings";
DROP VIEW "public"."v_detection_license_plates";

-- revision: df0dc91119c5
-- revises: 6e810e16aec5
-- message: rename_zones_to_camera_zones
-- created: 2026-11-24T12:54:38Z
-- Zones are detection polygons on one camera's image, told apart from the areas of a
-- property. Generated from the "-- schemadiff:renamed-from" hints in schema_models/: the
-- table keeps its rows, and the foreign keys of the zone analytics tables follow it.

-- schemadiff:upgrade
ALTER INDEX "public"."idx_zones_camera_enabled" RENAME TO "idx_camera_zones_camera_enabled";
ALTER INDEX "public"."idx_zones_camera_id" RENAME TO "idx_camera_zones_camera_id";
ALTER INDEX "public"."idx_zones_enabled" RENAME TO "idx_camera_zones_enabled";
ALTER TABLE "public"."zones" RENAME TO "camera_zones";
ALTER TABLE "public"."camera_zones" RENAME CONSTRAINT "ck_zones_color_hex" TO "ck_camera_zones_color_hex";
ALTER TABLE "public"."camera_zones" RENAME CONSTRAINT "ck_zones_priority_non_negative" TO "ck_camera_zones_priority_non_negative";
ALTER TABLE "public"."camera_zones" RENAME CONSTRAINT "zones_camera_id_fkey" TO "camera_zones_camera_id_fkey";
ALTER TABLE "public"."camera_zones" RENAME CONSTRAINT "zones_pkey" TO "camera_zones_pkey";
ALTER TYPE "public"."zone_shape_enum" RENAME TO "camera_zone_shape_enum";
ALTER TYPE "public"."zone_type_enum" RENAME TO "camera_zone_type_enum";

-- schemadiff:downgrade
ALTER INDEX "public"."idx_camera_zones_camera_enabled" RENAME TO "idx_zones_camera_enabled";
ALTER INDEX "public"."idx_camera_zones_camera_id" RENAME TO "idx_zones_camera_id";
ALTER INDEX "public"."idx_camera_zones_enabled" RENAME TO "idx_zones_enabled";
ALTER TABLE "public"."camera_zones" RENAME TO "zones";
ALTER TABLE "public"."zones" RENAME CONSTRAINT "camera_zones_camera_id_fkey" TO "zones_camera_id_fkey";
ALTER TABLE "public"."zones" RENAME CONSTRAINT "camera_zones_pkey" TO "zones_pkey";
ALTER TABLE "public"."zones" RENAME CONSTRAINT "ck_camera_zones_color_hex" TO "ck_zones_color_hex";
ALTER TABLE "public"."zones" RENAME CONSTRAINT "ck_camera_zones_priority_non_negative" TO "ck_zones_priority_non_negative";
ALTER TYPE "public"."camera_zone_shape_enum" RENAME TO "zone_shape_enum";
ALTER TYPE "public"."camera_zone_type_enum" RENAME TO "zone_type_enum";

-- Audit events are append-only, enforced by the database rather than by the app's good manners: a
-- trigger refuses every UPDATE and DELETE of a row (including the ON DELETE SET NULL of a deleted
-- user: users are disabled, never deleted, once they have done anything) and every TRUNCATE, for
-- every role. Where migrations run as an ordinary (non-superuser) role, that role also loses the
-- privileges, so the refusal does not even reach the trigger. A superuser or the table's owner can
-- still drop or disable the trigger: SECURITY.md says so.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'Audit events are never changed or removed.';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
BEFORE UPDATE OR DELETE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
BEFORE TRUNCATE ON "AuditEvent"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();

REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM PUBLIC;

DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM %I', current_user);
  END IF;
END
$$;

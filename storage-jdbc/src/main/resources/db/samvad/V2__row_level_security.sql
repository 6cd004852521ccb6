-- Tenant isolation in the database itself (docs/storage.md, "Isolation model").
--
-- The store works as the role ${appRole}: it owns nothing, so row-level security applies to it,
-- and every policy admits only rows whose tenant_id equals the transaction's setting
-- samvad.tenant_id. The store sets that setting (and the role) at the start of every unit of work
-- with set_config(..., true), so it ends with the transaction and never leaks to the next user of
-- a pooled connection. A statement run without the setting sees no rows at all: NULL matches
-- nothing. FORCE makes the policies bind the tables' owner too; only superusers and roles with
-- BYPASSRLS pass them, which is why the store switches to ${appRole} even when it connects as one.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '${appRole}') THEN
        CREATE ROLE "${appRole}" NOLOGIN;
    END IF;
    -- The migrating user must be able to SET ROLE to it (a superuser always can).
    IF NOT pg_catalog.pg_has_role(current_user, '${appRole}', 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', '${appRole}', current_user);
    END IF;
END
$$;

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO "${appRole}";
GRANT SELECT, INSERT ON tenants TO "${appRole}";
GRANT SELECT, INSERT, UPDATE, DELETE ON
    customers, invoices, payments, interactions, cultural_profiles, relationship_profiles,
    campaigns, executions, due_work, outbox
    TO "${appRole}";
-- The audit trail is append-only for the application.
GRANT SELECT, INSERT ON audit TO "${appRole}";
GRANT USAGE ON SEQUENCE lease_tokens, outbox_ids TO "${appRole}";

-- The tenants table lists ids only; SamvadStore.tenants() reads all of them to sweep due work, so
-- every id is readable, but a unit of work can register only its own tenant.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenants_read ON tenants FOR SELECT USING (true);
CREATE POLICY tenants_register ON tenants FOR INSERT
    WITH CHECK (id = current_setting('samvad.tenant_id', true));

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['customers', 'invoices', 'payments', 'interactions',
                             'cultural_profiles', 'relationship_profiles', 'campaigns',
                             'executions', 'due_work', 'outbox', 'audit'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format(
            'CREATE POLICY %I ON %I USING (tenant_id = current_setting(''samvad.tenant_id'', true))'
            ' WITH CHECK (tenant_id = current_setting(''samvad.tenant_id'', true))',
            t || '_own_tenant', t);
    END LOOP;
END
$$;

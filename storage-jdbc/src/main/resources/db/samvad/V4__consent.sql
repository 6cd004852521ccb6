-- Consent ledgers (DPDP Act 2023): one row per customer holding the history of consents given and
-- withdrawn on each channel, as the JSON the api's ConsentRecord writes. The row is small (a few
-- entries per channel) and always read and written whole, so one document per customer keeps the
-- history's order and its append-only rule in one place (ConsentRecord.with). Kept when a
-- customer's personal data is erased: it records what they agreed to and when they stopped.

CREATE TABLE consents (
    tenant_id   text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    customer_id text COLLATE "C" NOT NULL,
    version     bigint NOT NULL CHECK (version >= 1),
    doc         json NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, customer_id)
);

-- The same isolation as every other table (V2__row_level_security.sql).
GRANT SELECT, INSERT, UPDATE, DELETE ON consents TO "${appRole}";
ALTER TABLE consents ENABLE ROW LEVEL SECURITY;
ALTER TABLE consents FORCE ROW LEVEL SECURITY;
CREATE POLICY consents_own_tenant ON consents
    USING (tenant_id = current_setting('samvad.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('samvad.tenant_id', true));

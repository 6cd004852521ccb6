-- Field encryption (docs/security.md, "Field encryption"; docs/storage.md).
--
-- A table whose document holds personal data gets a bytea column `sealed`. A row keeps its
-- document either in clear in `doc` (written by a store without a key provider, or before it had
-- one) or sealed (AES-256-GCM, FieldCipher's format: version, key id, nonce, ciphertext and tag,
-- bound to the tenant and the row), never both. Rows in clear stay readable; JdbcStore.reseal seals
-- them. A sealed customer also leaves legal_name and gstin NULL: its sealed document holds them.

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['customers', 'interactions', 'cultural_profiles',
                             'relationship_profiles', 'campaigns', 'executions'] LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN doc DROP NOT NULL, ADD COLUMN sealed bytea', t);
        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK ((doc IS NULL) <> (sealed IS NULL))',
                       t, t || '_doc_or_sealed');
    END LOOP;
END
$$;

ALTER TABLE customers ALTER COLUMN legal_name DROP NOT NULL;
ALTER TABLE customers ADD CONSTRAINT customers_names_in_clear_only_when_not_sealed
    CHECK ((sealed IS NULL) = (legal_name IS NOT NULL) AND (sealed IS NULL OR gstin IS NULL));

-- Lookup hashes of customers' contact details, so a host can find the customer an inbound reply
-- comes from (CustomerRepository.findByPhone/findByEmail) without the number or address in clear.
-- kind 'phone' hashes the E.164 number, 'email' the address in lower case. With a key provider the
-- hash is HMAC-SHA256 under the tenant's lookup key (FieldCipher.lookupHash); without one it is
-- SHA-256 of 'kind:value', which anyone can recompute, as they can read the documents in clear.
CREATE TABLE customer_contact_hashes (
    tenant_id   text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    customer_id text COLLATE "C" NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('phone', 'email')),
    hash        bytea NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (tenant_id, customer_id, kind, hash)
);
-- findByPhone / findByEmail.
CREATE INDEX customer_contact_hashes_lookup ON customer_contact_hashes (tenant_id, kind, hash);

-- Hashes for the customers already stored (all in clear before this migration), as the store
-- writes them without keys. The policies bind the tables' owner too (FORCE), so lift them for this
-- one statement, for the owner only.
ALTER TABLE customers NO FORCE ROW LEVEL SECURITY;
INSERT INTO customer_contact_hashes (tenant_id, customer_id, kind, hash)
SELECT DISTINCT c.tenant_id, c.id, k.kind, sha256(convert_to(k.kind || ':' || k.value, 'UTF8'))
FROM customers c
CROSS JOIN LATERAL json_array_elements(c.doc -> 'contacts') AS contact
CROSS JOIN LATERAL (VALUES ('phone', contact ->> 'phone'),
                           ('email', lower(contact ->> 'email'))) AS k(kind, value)
WHERE c.doc IS NOT NULL AND k.value IS NOT NULL;
ALTER TABLE customers FORCE ROW LEVEL SECURITY;

GRANT SELECT, INSERT, UPDATE, DELETE ON customer_contact_hashes TO "${appRole}";
ALTER TABLE customer_contact_hashes ENABLE ROW LEVEL SECURITY;
ALTER TABLE customer_contact_hashes FORCE ROW LEVEL SECURITY;
CREATE POLICY customer_contact_hashes_own_tenant ON customer_contact_hashes
    USING (tenant_id = current_setting('samvad.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('samvad.tenant_id', true));

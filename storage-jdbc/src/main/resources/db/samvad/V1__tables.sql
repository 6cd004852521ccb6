-- Samvad's tables. Flyway runs this in the schema `samvad` (created if missing).
--
-- Conventions, explained in docs/storage.md:
--  * every row carries tenant_id, and every primary key starts with it;
--  * ids and keys are text COLLATE "C", so ORDER BY and keyset pages follow code-point order, the
--    order of Java's String for the ids Samvad accepts, whatever the database's default collation;
--  * documents are `json`, not `jsonb`: json keeps the exact text the engine wrote (key order,
--    spacing, escapes), which the store promises to hand back character for character;
--  * times are timestamptz; dates are date; money is bigint paise plus a currency code;
--  * version is the optimistic-concurrency counter: 1 on insert, +1 per update.

CREATE TABLE tenants (
    id          text COLLATE "C" PRIMARY KEY CHECK (id <> ''),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE customers (
    tenant_id       text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    id              text COLLATE "C" NOT NULL,
    version         bigint NOT NULL CHECK (version >= 1),
    legal_name      text NOT NULL,
    gstin           text,
    stated_language text,
    doc             json NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE invoices (
    tenant_id         text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    id                text COLLATE "C" NOT NULL,
    version           bigint NOT NULL CHECK (version >= 1),
    customer_id       text COLLATE "C" NOT NULL,
    number            text NOT NULL,
    financial_year    integer NOT NULL,
    issue_date        date NOT NULL,
    due_date          date NOT NULL,
    currency          text NOT NULL,
    amount_paise      bigint NOT NULL,
    outstanding_paise bigint NOT NULL,
    status            text NOT NULL,
    doc               json NOT NULL,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    -- GST rule: an invoice number is unique within its financial year (April to March).
    CONSTRAINT invoices_number_per_year UNIQUE (tenant_id, financial_year, number)
);
-- InvoiceRepository.byCustomer: the customer's invoices, oldest issue date first, ties by id.
CREATE INDEX invoices_by_customer ON invoices (tenant_id, customer_id, issue_date, id);

CREATE TABLE payments (
    tenant_id    text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    id           text COLLATE "C" NOT NULL,
    version      bigint NOT NULL CHECK (version >= 1),
    customer_id  text COLLATE "C" NOT NULL,
    received_on  date NOT NULL,
    currency     text NOT NULL,
    amount_paise bigint NOT NULL,
    mode         text NOT NULL,
    reference    text,
    doc          json NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
-- PaymentRepository.byCustomer: earliest value date first, ties by id.
CREATE INDEX payments_by_customer ON payments (tenant_id, customer_id, received_on, id);

-- High volume: every message and call. Hash-partitioned by tenant (see docs/storage.md).
CREATE TABLE interactions (
    tenant_id   text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    id          text COLLATE "C" NOT NULL,
    version     bigint NOT NULL CHECK (version >= 1),
    customer_id text COLLATE "C" NOT NULL,
    occurred_at timestamptz NOT NULL,
    channel     text NOT NULL,
    direction   text NOT NULL,
    campaign_id text COLLATE "C",
    doc         json NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
) PARTITION BY HASH (tenant_id);
-- InteractionRepository.byCustomer: a customer's [from, to) range, earliest first, ties by id.
CREATE INDEX interactions_by_customer ON interactions (tenant_id, customer_id, occurred_at, id);

CREATE TABLE cultural_profiles (
    tenant_id      text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    customer_id    text COLLATE "C" NOT NULL,
    version        bigint NOT NULL CHECK (version >= 1),
    schema_version integer NOT NULL,
    analysed_at    timestamptz NOT NULL,
    doc            json NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, customer_id)
);

CREATE TABLE relationship_profiles (
    tenant_id      text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    customer_id    text COLLATE "C" NOT NULL,
    version        bigint NOT NULL CHECK (version >= 1),
    schema_version integer NOT NULL,
    analysed_at    timestamptz NOT NULL,
    doc            json NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, customer_id)
);

CREATE TABLE campaigns (
    tenant_id   text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    id          text COLLATE "C" NOT NULL,
    version     bigint NOT NULL CHECK (version >= 1),
    customer_id text COLLATE "C" NOT NULL,
    name        text NOT NULL,
    type        text NOT NULL,
    status      text NOT NULL,
    created_at  timestamptz NOT NULL,
    doc         json NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
-- CampaignRepository.byCustomer: oldest first, ties by id.
CREATE INDEX campaigns_by_customer ON campaigns (tenant_id, customer_id, created_at, id);

-- High volume: one row per message sent or task done. Hash-partitioned by tenant.
CREATE TABLE executions (
    tenant_id   text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    id          text COLLATE "C" NOT NULL,
    version     bigint NOT NULL CHECK (version >= 1),
    campaign_id text COLLATE "C" NOT NULL,
    customer_id text COLLATE "C" NOT NULL,
    channel     text NOT NULL,
    status      text NOT NULL,
    created_at  timestamptz NOT NULL,
    doc         json NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
) PARTITION BY HASH (tenant_id);
-- ExecutionRepository.byCampaign: oldest first, ties by id.
CREATE INDEX executions_by_campaign ON executions (tenant_id, campaign_id, created_at, id);

-- The due-work queue: one item per (tenant, key). token = 0 means not leased; otherwise owner
-- holds it until expires_at. generation rises with every schedule of a leased item (DueWorkQueue).
CREATE TABLE due_work (
    tenant_id  text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    key        text COLLATE "C" NOT NULL,
    due_at     timestamptz NOT NULL,
    token      bigint NOT NULL DEFAULT 0,
    owner      text,
    expires_at timestamptz,
    generation bigint NOT NULL,
    PRIMARY KEY (tenant_id, key),
    CHECK ((token = 0) = (owner IS NULL AND expires_at IS NULL))
);
-- DueWorkQueue.claim: due items of a tenant in (due_at, key) order; the lease test is a filter.
CREATE INDEX due_work_by_due ON due_work (tenant_id, due_at, key);

-- Lease tokens are unique across the whole database, so a lease of one tenant can never settle an
-- item of another even when key, owner and due time coincide.
CREATE SEQUENCE lease_tokens AS bigint START WITH 1 CACHE 1;

-- The orchestration runtime's outbox: a message is written here in the same transaction as the
-- campaign's new state, then dispatched with its idempotency key. High volume; hash-partitioned.
-- Reserved: the storage SPI does not reach it yet (the runtime lands separately).
CREATE TABLE outbox (
    tenant_id       text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    id              bigint NOT NULL,
    idempotency_key text COLLATE "C" NOT NULL,
    execution_id    text COLLATE "C",
    channel         text NOT NULL,
    status          text NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    payload         json NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT outbox_idempotency UNIQUE (tenant_id, idempotency_key)
) PARTITION BY HASH (tenant_id);
CREATE SEQUENCE outbox_ids AS bigint;
ALTER TABLE outbox ALTER COLUMN id SET DEFAULT nextval('outbox_ids');
-- Dispatch picks pending messages by time; a partial index stays as small as the backlog, however
-- many sent messages accumulate.
CREATE INDEX outbox_pending ON outbox (tenant_id, next_attempt_at) WHERE status = 'PENDING';

-- Append-only audit of every write (AuditEntry). Reserved for an AuditSink on this database.
CREATE TABLE audit (
    tenant_id text COLLATE "C" NOT NULL CHECK (tenant_id <> ''),
    id        bigint GENERATED ALWAYS AS IDENTITY,
    at        timestamptz NOT NULL,
    actor     text NOT NULL,
    action    text NOT NULL,
    target    text NOT NULL,
    details   json NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_by_time ON audit (tenant_id, at);

-- Eight hash partitions for each high-volume table: each partition's indexes are an eighth of the
-- whole, vacuum and REINDEX work a partition at a time, and one busy tenant's churn stays in its
-- partition. A query always names its tenant, so it touches one partition.
DO $$
DECLARE
    parent text;
    i integer;
BEGIN
    FOREACH parent IN ARRAY ARRAY['interactions', 'executions', 'outbox'] LOOP
        FOR i IN 0..7 LOOP
            EXECUTE format(
                'CREATE TABLE %I PARTITION OF %I FOR VALUES WITH (MODULUS 8, REMAINDER %s)',
                parent || '_p' || i, parent, i);
        END LOOP;
    END LOOP;
END
$$;

-- Version 1 of the vault's database: settings, the signing key, and the
-- start of the profile. Every table that holds exactly one row says so
-- with `id = 1`, so a later migration can add columns without new rules.

CREATE TABLE settings (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    -- Minutes without use before the app locks itself.
    auto_lock_minutes INTEGER NOT NULL DEFAULT 5
                      CHECK (auto_lock_minutes BETWEEN 1 AND 120)
);
INSERT INTO settings (id) VALUES (1);

-- The person's Ed25519 key pair; `secret` is the 32-byte seed. It is safe
-- here only because the whole database is encrypted.
CREATE TABLE signing_key (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    secret  BLOB NOT NULL CHECK (length(secret) = 32),
    public  BLOB NOT NULL CHECK (length(public) = 32),
    -- RFC 3339, UTC.
    created TEXT NOT NULL
);

-- Who the record belongs to. More about the person (name on the residence
-- permit card, identifiers, languages, municipality, household, contacts)
-- comes as new columns and tables in later migrations.
CREATE TABLE profile (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    -- The display name, as the person wants to be called.
    name    TEXT NOT NULL DEFAULT '',
    -- Arrival date in Sweden, YYYY-MM-DD, or NULL when not given.
    arrived TEXT CHECK (arrived IS NULL OR arrived GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
INSERT INTO profile (id) VALUES (1);

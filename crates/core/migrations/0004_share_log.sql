-- Version 4: the share log: every bundle the participant made (crate::bundle::log).
-- `scope` is the bundle's scope as JSON (sections, items, sensitive
-- categories); `withdrawn` is when the participant marked it withdrawn.

CREATE TABLE share (
    id INTEGER PRIMARY KEY,
    bundle_id TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    expires TEXT NOT NULL,
    to_name TEXT NOT NULL,
    to_agency TEXT,
    to_unit TEXT NOT NULL,
    purpose TEXT NOT NULL,
    purpose_text TEXT NOT NULL,
    scope TEXT NOT NULL,
    lock TEXT NOT NULL CHECK (lock IN ('code', 'key')),
    withdrawn TEXT
);

-- Version 2: the record, part 1 (profile details, contacts, background,
-- goals, steps). Codes in TEXT columns are catalog codes
-- (crates/core/src/catalog); the core checks them before writing. Dates
-- are YYYY-MM-DD, instants RFC 3339 in UTC, appointments a local
-- Europe/Stockholm date and time (YYYY-MM-DDTHH:MM:SS).

-- More about the person. Languages and children are short lists of values
-- without an identity of their own: JSON arrays.
ALTER TABLE profile ADD COLUMN residence_permit_name TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN personal_identity_number TEXT;
ALTER TABLE profile ADD COLUMN migration_agency_case_number TEXT;
ALTER TABLE profile ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
ALTER TABLE profile ADD COLUMN residence_permit_date TEXT;
ALTER TABLE profile ADD COLUMN municipality TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN household_adults INTEGER NOT NULL DEFAULT 1;
ALTER TABLE profile ADD COLUMN household_children TEXT NOT NULL DEFAULT '[]';
ALTER TABLE profile ADD COLUMN establishment_programme INTEGER NOT NULL DEFAULT 0;
ALTER TABLE profile ADD COLUMN establishment_programme_since TEXT;

-- Case workers and other people at the agencies.
CREATE TABLE contact (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL CHECK (name <> ''),
    agency TEXT NOT NULL,
    unit   TEXT NOT NULL DEFAULT '',
    phone  TEXT NOT NULL DEFAULT '',
    email  TEXT NOT NULL DEFAULT '',
    note   TEXT NOT NULL DEFAULT ''
);

-- The background (kartläggning) is one document the participant edits as
-- a whole; its entries carry their own ids inside it.
CREATE TABLE background (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    document TEXT NOT NULL
);

-- Final goals (final_goal_id NULL) and their sub-goals. A sub-goal's
-- final goal must be a final goal itself (the core checks that); deleting
-- a final goal deletes its sub-goals.
CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    final_goal_id INTEGER REFERENCES goal (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL CHECK (title <> ''),
    jobtech_id  TEXT,
    ssyk        TEXT,
    target_date TEXT,
    status      TEXT NOT NULL,
    CHECK ((jobtech_id IS NULL) = (ssyk IS NULL))
);
CREATE INDEX goal_final_goal ON goal (final_goal_id);

-- Steps (insatser). `status` is the last entry of step_status_change.
CREATE TABLE step (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL CHECK (title <> ''),
    step_type  TEXT NOT NULL,
    agency     TEXT NOT NULL,
    contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    stage      TEXT NOT NULL,
    status     TEXT NOT NULL,
    start_date TEXT,
    end_date   TEXT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX step_contact ON step (contact_id);

CREATE TABLE step_goal (
    step_id INTEGER NOT NULL REFERENCES step (id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    PRIMARY KEY (step_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX step_goal_goal ON step_goal (goal_id);

CREATE TABLE step_status_change (
    id      INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES step (id) ON DELETE CASCADE,
    status  TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE INDEX step_status_change_step ON step_status_change (step_id, id);

CREATE TABLE appointment (
    id        INTEGER PRIMARY KEY,
    step_id   INTEGER NOT NULL REFERENCES step (id) ON DELETE CASCADE,
    at        TEXT NOT NULL,
    place     TEXT NOT NULL DEFAULT '',
    with_whom TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appointment_step ON appointment (step_id, at);

-- The participant's own evaluation of a step that is done or cancelled.
CREATE TABLE step_evaluation (
    step_id    INTEGER PRIMARY KEY REFERENCES step (id) ON DELETE CASCADE,
    usefulness INTEGER NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
    helped     TEXT NOT NULL DEFAULT '',
    hard       TEXT NOT NULL DEFAULT ''
);

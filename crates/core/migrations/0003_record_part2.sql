-- Version 3: the record, part 2 (life areas, check-ins, obstacles, notes,
-- the stage the participant says they are in). Codes are catalog codes
-- (crates/core/src/catalog), checked by the core before writing.

-- The life areas a step works on.
CREATE TABLE step_life_area (
    step_id   INTEGER NOT NULL REFERENCES step (id) ON DELETE CASCADE,
    life_area TEXT NOT NULL,
    PRIMARY KEY (step_id, life_area)
) WITHOUT ROWID;

-- A check-in (avstämning): on one day, how each life area is going.
CREATE TABLE checkin (
    id   INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX checkin_date ON checkin (date, id);

CREATE TABLE checkin_area (
    checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
    life_area  TEXT NOT NULL,
    level      TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (checkin_id, life_area)
) WITHOUT ROWID;

-- Obstacles (hinder): what stands in the way, who handles it, when.
CREATE TABLE obstacle (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL,
    handled_by     TEXT,
    contact_id     INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    noticed_on     TEXT NOT NULL,
    handling_since TEXT,
    solved_on      TEXT
);
CREATE INDEX obstacle_contact ON obstacle (contact_id);

-- Notes: dated free text, with the language it was written in.
CREATE TABLE note (
    id       INTEGER PRIMARY KEY,
    date     TEXT NOT NULL,
    language TEXT NOT NULL,
    text     TEXT NOT NULL CHECK (text <> '')
);
CREATE INDEX note_date ON note (date, id);

-- The stage of the plan the participant says they are in (one row).
CREATE TABLE current_stage (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    stage TEXT NOT NULL
);

-- The overview asks for the next appointments from now.
CREATE INDEX appointment_at ON appointment (at);

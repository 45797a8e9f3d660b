-- Version 5: backup settings, in the one settings row. The folder for
-- automatic backups (NULL: none chosen), how often ('off', 'daily',
-- 'after_changes'), how many to keep, when the last backup of this vault
-- was made (RFC 3339, UTC; NULL: never), and whether the passphrase or the
-- recovery code changed since then (1: backups made before open only with
-- the old ones, so the app asks for a new backup).

ALTER TABLE settings ADD COLUMN backup_folder TEXT;
ALTER TABLE settings ADD COLUMN backup_interval TEXT NOT NULL DEFAULT 'off'
    CHECK (backup_interval IN ('off', 'daily', 'after_changes'));
ALTER TABLE settings ADD COLUMN backup_keep INTEGER NOT NULL DEFAULT 5
    CHECK (backup_keep BETWEEN 1 AND 100);
ALTER TABLE settings ADD COLUMN last_backup_at TEXT;
ALTER TABLE settings ADD COLUMN secrets_changed INTEGER NOT NULL DEFAULT 0
    CHECK (secrets_changed IN (0, 1));

//! Contacts: table `contact`. Steps and obstacles name them; deleting one
//! leaves those without a contact person (`ON DELETE SET NULL`).

use rusqlite::{params, Connection, OptionalExtension};

use super::{code_from_db, item_refs, sql, Result, Store, StoreError};
use crate::catalog::Code;
use crate::record::{Contact, Deletion, ItemRef, RecordError};

pub(crate) fn list(conn: &Connection) -> Result<Vec<Contact>> {
    let mut stmt = conn
        .prepare("SELECT id, name, agency, unit, phone, email, note FROM contact ORDER BY id")
        .map_err(sql)?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        })
        .map_err(sql)?;
    let mut out = Vec::new();
    for row in rows {
        let (id, name, agency, unit, phone, email, note) = row.map_err(sql)?;
        out.push(Contact {
            id,
            name,
            agency: code_from_db(&agency)?,
            unit,
            phone,
            email,
            note,
        });
    }
    Ok(out)
}

/// Inserts `c` with `id` (or a new id when `None`) and returns the id.
pub(crate) fn insert(conn: &Connection, c: &Contact, id: Option<i64>) -> Result<i64> {
    conn.execute(
        "INSERT INTO contact (id, name, agency, unit, phone, email, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            id,
            c.name,
            c.agency.code(),
            c.unit,
            c.phone,
            c.email,
            c.note
        ],
    )
    .map_err(sql)?;
    Ok(conn.last_insert_rowid())
}

fn exists(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn
        .query_row("SELECT 1 FROM contact WHERE id = ?1", [id], |_| Ok(()))
        .optional()
        .map_err(sql)?
        .is_some())
}

pub(crate) fn require(conn: &Connection, id: i64) -> Result<()> {
    if exists(conn, id)? {
        Ok(())
    } else {
        Err(StoreError::from(RecordError::NotFound {
            what: "contact",
            id,
        }))
    }
}

impl Store {
    /// Every contact, oldest first.
    pub fn contacts(&self) -> Result<Vec<Contact>> {
        list(&self.conn)
    }

    /// Adds a contact and returns its id.
    pub fn add_contact(&self, contact: &Contact) -> Result<i64> {
        contact.validate("contact")?;
        insert(&self.conn, contact, None)
    }

    /// Saves the changes to an existing contact.
    pub fn update_contact(&self, contact: &Contact) -> Result<()> {
        contact.validate("contact")?;
        let changed = self
            .conn
            .execute(
                "UPDATE contact SET name = ?2, agency = ?3, unit = ?4, phone = ?5, email = ?6,
                 note = ?7 WHERE id = ?1",
                params![
                    contact.id,
                    contact.name,
                    contact.agency.code(),
                    contact.unit,
                    contact.phone,
                    contact.email,
                    contact.note
                ],
            )
            .map_err(sql)?;
        if changed == 0 {
            return Err(StoreError::from(RecordError::NotFound {
                what: "contact",
                id: contact.id,
            }));
        }
        Ok(())
    }

    /// What deleting contact `id` would do: the contact goes, and its steps
    /// stay without a contact person.
    pub fn contact_deletion(&self, id: i64) -> Result<Deletion> {
        let conn = &self.conn;
        let name: String = conn
            .query_row("SELECT name FROM contact WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(sql)?
            .ok_or(RecordError::NotFound {
                what: "contact",
                id,
            })?;
        Ok(Deletion {
            contacts: vec![ItemRef { id, title: name }],
            steps_losing_contact: item_refs(
                conn,
                "SELECT id, title FROM step WHERE contact_id = ?1 ORDER BY id",
                id,
            )?,
            obstacles_losing_contact: self.obstacles_with_contact(id)?,
            ..Deletion::default()
        })
    }

    /// Deletes contact `id`; its steps keep going without a contact person.
    pub fn delete_contact(&self, id: i64) -> Result<()> {
        self.delete_row("contact", id)
    }
}

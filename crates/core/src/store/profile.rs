//! The profile: the one row of table `profile`. Languages and children
//! are short lists without an identity of their own, so they are JSON
//! arrays in that row.

use jiff::civil::Date;
use rusqlite::{params, Connection};

use super::{damaged, sql, Result, Store};
use crate::record::{EstablishmentProgramme, Household, Profile};

impl Store {
    /// The profile.
    pub fn profile(&self) -> Result<Profile> {
        read(&self.conn)
    }

    /// Saves the profile after checking it against `today` (no arrival,
    /// residence permit or child in the future).
    pub fn set_profile(&self, profile: &Profile, today: Date) -> Result<()> {
        profile.validate(today)?;
        write(&self.conn, profile)
    }
}

fn read(conn: &Connection) -> Result<Profile> {
    type Row = (
        String,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
        String,
        Option<String>,
        String,
        u32,
        String,
        bool,
        Option<String>,
    );
    let row: Row = conn
        .query_row(
            "SELECT name, arrived, residence_permit_name, personal_identity_number,
             migration_agency_case_number, languages, residence_permit_date, municipality,
             household_adults, household_children, establishment_programme,
             establishment_programme_since FROM profile WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                    r.get(10)?,
                    r.get(11)?,
                ))
            },
        )
        .map_err(sql)?;
    let date = |d: Option<String>| {
        d.map(|d| d.parse::<Date>())
            .transpose()
            .map_err(|_| damaged())
    };
    let json_err = |_| damaged();
    Ok(Profile {
        name: row.0,
        arrived: date(row.1)?,
        residence_permit_name: row.2,
        personal_identity_number: row.3,
        migration_agency_case_number: row.4,
        languages: serde_json::from_str(&row.5).map_err(json_err)?,
        residence_permit_date: date(row.6)?,
        municipality: row.7,
        household: Household {
            adults: row.8,
            children: serde_json::from_str(&row.9).map_err(json_err)?,
        },
        establishment_programme: EstablishmentProgramme {
            participating: row.10,
            since: date(row.11)?,
        },
    })
}

pub(super) fn write(conn: &Connection, p: &Profile) -> Result<()> {
    let day = |d: Option<Date>| d.map(|d| d.to_string());
    conn.execute(
        "UPDATE profile SET name = ?1, arrived = ?2, residence_permit_name = ?3,
         personal_identity_number = ?4, migration_agency_case_number = ?5, languages = ?6,
         residence_permit_date = ?7, municipality = ?8, household_adults = ?9,
         household_children = ?10, establishment_programme = ?11,
         establishment_programme_since = ?12 WHERE id = 1",
        params![
            p.name,
            day(p.arrived),
            p.residence_permit_name,
            p.personal_identity_number,
            p.migration_agency_case_number,
            serde_json::to_string(&p.languages).expect("languages serialize"),
            day(p.residence_permit_date),
            p.municipality,
            p.household.adults,
            serde_json::to_string(&p.household.children).expect("children serialize"),
            p.establishment_programme.participating,
            day(p.establishment_programme.since)
        ],
    )
    .map_err(sql)?;
    Ok(())
}

//! The share log: every bundle the participant made, so they can see
//! later what went to whom, why, until when — and mark a share withdrawn.
//!
//! Withdrawing is honest about what it can do: a file already handed over
//! cannot be pulled back; it still opens until its date, and the log
//! says the participant no longer agrees. The log lives in the vault's
//! encrypted database (`crate::store`).

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::payload::Payload;
use super::scope::{Scope, ShareTo};
use crate::catalog::SharePurpose;

/// How a bundle is locked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum Lock {
    /// With a share code said aloud.
    Code,
    /// To an agency's public key.
    Key,
}

/// One share in the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ShareEntry {
    /// Its number in the log (`shares withdraw ID`).
    #[ts(type = "number")]
    pub id: i64,
    /// The bundle's id.
    pub bundle_id: String,
    /// When it was made.
    #[ts(type = "string")]
    pub created: Timestamp,
    /// Until when it opens.
    #[ts(type = "string")]
    pub expires: Timestamp,
    /// Whom it was for.
    pub to: ShareTo,
    /// Why.
    pub purpose: SharePurpose,
    /// The participant's words for the purpose.
    pub purpose_text: String,
    /// What it holds.
    pub scope: Scope,
    /// How it is locked.
    pub lock: Lock,
    /// When the participant marked it withdrawn, if they did.
    #[ts(type = "string | null")]
    pub withdrawn: Option<Timestamp>,
}

impl ShareEntry {
    /// The log entry of a bundle about to be handed over.
    pub fn of(payload: &Payload, lock: Lock) -> ShareEntry {
        ShareEntry {
            id: 0,
            bundle_id: payload.bundle_id.clone(),
            created: payload.created,
            expires: payload.expires,
            to: payload.to.clone(),
            purpose: payload.purpose,
            purpose_text: payload.purpose_text.clone(),
            scope: payload.scope.clone(),
            lock,
            withdrawn: None,
        }
    }
}

//! # etapp-core
//!
//! Everything Etapp knows, with no desktop dependency. The core is built
//! of rooms, each with one rule, and no room imports one that imports it
//! back (`tests/rooms.rs` checks it):
//!
//! | room | what it holds | its rule |
//! |---|---|---|
//! | [`record`] | the record's types, their rules, the portable document | knows no SQL, no vault, no file |
//! | [`store`] | every SQL statement: rows into the record's types and back, migrations | knows no key file, passphrase or folder |
//! | [`vault`] | the key file, the lock, recovery, the signing secret; opens and hands out the store | the only keeper of keys |
//! | [`signature`] | signatures and fingerprints, shared by the vault and a bundle's reader | no secrets |
//! | [`bundle`] | the bundle format: choosing, consent, signing, sealing, opening; agency keys; comparing bundles of one person; reports across participants | builds on the record alone; needs no vault |
//! | [`share`] | making a share: where the vault, the store and the bundle meet | the only room that uses all three |
//! | [`reader`] | an opened bundle in words: the summary and the printable page; what changed across bundles | needs no vault |
//! | [`seen`] | the signers a reader has seen, outside every vault | nothing secret |
//! | [`catalog`] | the closed lists of codes and the sensitive table | plain data |
//!
//! Around them: the words for people ([`i18n`], [`user_error`], [`error`]),
//! strict JSON for files people may edit ([`json`]),
//! the digit codes people type ([`codes`]), time in Sweden ([`time`]),
//! crash-safe files ([`fsio`]), text the build packed (`packed`), where
//! the vault lives ([`paths`]), the
//! preferences readable before unlocking ([`preferences`]), process
//! hardening ([`harden`]) and the shapes the UI gets ([`types`]).
//!
//! Nothing in the core knows a window or a terminal. The CLI
//! (`crates/cli`) and the desktop shell (`src-tauri`) are thin: they parse
//! input, call this crate and show its results. That keeps every rule
//! testable without a window.

#![deny(missing_docs)]

pub mod bundle;
pub mod catalog;
pub mod codes;
pub mod error;
pub mod fsio;
pub mod harden;
pub mod i18n;
pub mod json;
mod packed;
pub mod paths;
pub mod preferences;
pub mod reader;
pub mod record;
pub mod seen;
pub mod share;
pub mod signature;
pub mod store;
pub mod time;
pub mod types;
pub mod user_error;
pub mod vault;

pub use error::{Error, Result};
pub use i18n::{tr, Locale};
/// The date and time library of the core's API (dates, instants), so the
/// CLI and the shell pass "today" and "now" in the same types.
pub use jiff;

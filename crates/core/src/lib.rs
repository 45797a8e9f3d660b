//! # etapp-core
//!
//! Everything Etapp knows, with no desktop dependency: the person's record
//! and its words ([`i18n`] for every user-facing string), where the record
//! lives on disk ([`paths`]), the preferences kept outside the encrypted
//! record ([`preferences`]), process hardening ([`harden`]), the encrypted
//! vault that holds the record ([`vault`]), what the record holds
//! ([`record`]: contacts, background, goals, steps; its closed lists of
//! codes are the [`catalog`]) and the digit codes people type ([`codes`]).
//!
//! The CLI (`crates/cli`) and the desktop shell (`src-tauri`) are thin: they
//! parse input, call this crate and show its results. That keeps every rule
//! testable without a window.

#![deny(missing_docs)]

pub mod catalog;
pub mod codes;
pub mod fsio;
pub mod harden;
pub mod i18n;
pub mod paths;
pub mod preferences;
pub mod record;
pub mod time;
pub mod types;
pub mod vault;

pub use i18n::{tr, Locale};
/// The date and time library of the core's API (dates, instants), so the
/// CLI and the shell pass "today" and "now" in the same types.
pub use jiff;

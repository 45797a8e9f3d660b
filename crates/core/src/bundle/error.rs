//! What can go wrong when a bundle is made or opened, and what each
//! failure means to a case worker and to a script.
//!
//! Each failure has its own exit status (`CONTRACTS.md`, "Exit status")
//! and its own message, which says what to do next ("ask the person to
//! make a new share", "check the code with the person"). The reader
//! changes nothing anywhere on any of them.

use jiff::Timestamp;

use crate::record::RecordError;
use crate::user_error::UserError;

/// An error of the bundle format.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BundleError {
    /// The code's length or check digit is wrong (4).
    #[error("the share code is mistyped")]
    MistypedCode,
    /// The code or key does not open the file, or its header is damaged,
    /// or it asks for more work than the reader does (5).
    #[error("wrong code or key, or a damaged file")]
    WrongCodeOrDamaged,
    /// Not an age file, or an age file without Etapp's envelope inside (6).
    #[error("not a bundle")]
    NotABundle,
    /// The file ends before its last part (7).
    #[error("the bundle is truncated")]
    Truncated,
    /// The signature does not verify against the key in the bundle (8).
    #[error("the signature does not verify")]
    SignatureInvalid,
    /// The bundle's time is over (9).
    #[error("the bundle expired at {expires}")]
    Expired {
        /// When it expired.
        expires: Timestamp,
    },
    /// Made by a newer version of the format (10).
    #[error("the bundle was made by a newer version of Etapp")]
    NewerVersion,
    /// Larger than the limit; nothing was read (11).
    #[error("the bundle is larger than {limit} bytes")]
    TooLarge {
        /// The most bytes a bundle may have.
        limit: u64,
    },
    /// A file given as an age identity holds none (14).
    #[error("not an age identity file")]
    NotAnIdentity,
    /// A file given as an age identity holds a public key (`age1…`)
    /// instead of the secret one (14).
    #[error("a public key, not an age identity file")]
    PublicKeyNotIdentity,
    /// Bundles given for comparison are signed by different keys: they
    /// may be different people (16).
    #[error("the bundles are signed by different keys")]
    DifferentSigners,
    /// What the participant asked to share is not right (14).
    #[error(transparent)]
    Request(#[from] RecordError),
    /// The operating system's random number generator failed (1).
    #[error("no randomness available: {0}")]
    Randomness(getrandom::Error),
}

impl BundleError {
    /// The CLI's exit status (`CONTRACTS.md`, "Exit status").
    pub fn exit_status(&self) -> u8 {
        match self {
            BundleError::MistypedCode => 4,
            BundleError::WrongCodeOrDamaged => 5,
            BundleError::NotABundle => 6,
            BundleError::Truncated => 7,
            BundleError::SignatureInvalid => 8,
            BundleError::Expired { .. } => 9,
            BundleError::NewerVersion => 10,
            BundleError::TooLarge { .. } => 11,
            BundleError::NotAnIdentity | BundleError::PublicKeyNotIdentity => 14,
            BundleError::DifferentSigners => 16,
            BundleError::Request(e) => e.exit_status(),
            BundleError::Randomness(_) => 1,
        }
    }

    /// The message for a person: a Fluent id in `bundle.ftl` and its
    /// arguments. The expiry is given as an RFC 3339 instant (`expires`);
    /// the one who shows it formats it for the reader's language.
    pub fn user_error(&self) -> UserError {
        match self {
            BundleError::MistypedCode => UserError::new("bundle-error-mistyped-code"),
            BundleError::WrongCodeOrDamaged => UserError::new("bundle-error-wrong-code"),
            BundleError::NotABundle => UserError::new("bundle-error-not-a-bundle"),
            BundleError::Truncated => UserError::new("bundle-error-truncated"),
            BundleError::SignatureInvalid => UserError::new("bundle-error-signature"),
            BundleError::Expired { expires } => {
                UserError::new("bundle-error-expired").with("expires", expires)
            }
            BundleError::NewerVersion => UserError::new("bundle-error-newer-version"),
            BundleError::TooLarge { limit } => {
                UserError::new("file-error-too-large").with("megabytes", limit / (1024 * 1024))
            }
            BundleError::NotAnIdentity => UserError::new("bundle-error-not-an-identity"),
            BundleError::PublicKeyNotIdentity => UserError::new("bundle-error-public-key"),
            BundleError::DifferentSigners => UserError::new("bundle-error-different-signers"),
            BundleError::Request(e) => e.user_error(),
            BundleError::Randomness(_) => UserError::new("vault-error-randomness"),
        }
    }
}

impl From<getrandom::Error> for BundleError {
    fn from(e: getrandom::Error) -> Self {
        BundleError::Randomness(e)
    }
}

/// Results of the bundle format.
pub type Result<T, E = BundleError> = std::result::Result<T, E>;

//! The CLI's failures: the core's own, plus the few that belong to a
//! command line (no terminal to ask on, two different new passwords).

use etapp_core::bundle::BundleError;
use etapp_core::i18n::{format_instant, Args};
use etapp_core::Locale;

/// Bytes in a mebibyte, as sizes are shown.
const MIB: f64 = 1024.0 * 1024.0;

/// A failed command.
#[derive(Debug)]
pub enum CliError {
    /// The core refused: the record, the store or the vault.
    Core(etapp_core::Error),
    /// A secret is not in its variable and there is no terminal to ask on.
    NoSecret { var: &'static str },
    /// No share code given, none in its variable, and no terminal.
    NoCode { var: &'static str },
    /// `init` takes its passphrase only from the environment.
    InitNeedsPassphrase { var: &'static str },
    /// The new passphrase and its repetition differ.
    PassphrasesDiffer,
    /// `--lang` names no shipped language.
    UnknownLanguage(String),
    /// No `--vault`, no `ETAPP_VAULT`, and no home folder.
    NoVaultFolder,
    /// An environment variable is not valid Unicode.
    NotText { var: &'static str },
    /// Reading a secret from the terminal or standard input failed.
    ReadInput,
    /// A file named on the command line could not be read.
    ReadFile { path: String },
    /// A file named on the command line is larger than `limit` bytes.
    TooLarge { limit: u64 },
    /// A file the command would write is already there.
    FileExists { path: String },
    /// `open --html` was given several shares.
    HtmlOneShare,
    /// Several shares, and not one code for each.
    CodeCount { codes: usize, files: usize },
    /// One of several files failed: which, and why.
    InFile { path: String, error: Box<CliError> },
    /// A folder given to `report` holds no share.
    NoBundles { path: String },
    /// `report` could count no share; the first was skipped for `reason`.
    ReportEmpty {
        reason: etapp_core::bundle::report::SkipReason,
    },
}

impl<E: Into<etapp_core::Error>> From<E> for CliError {
    fn from(e: E) -> Self {
        CliError::Core(e.into())
    }
}

impl CliError {
    /// Exit status per `CONTRACTS.md`.
    pub fn exit_status(&self) -> u8 {
        match self {
            CliError::Core(e) => e.exit_status(),
            CliError::NoSecret { .. }
            | CliError::NoCode { .. }
            | CliError::InitNeedsPassphrase { .. }
            | CliError::UnknownLanguage(_) => 2,
            CliError::PassphrasesDiffer | CliError::NotText { .. } => 14,
            CliError::NoVaultFolder | CliError::ReadInput | CliError::ReadFile { .. } => 1,
            CliError::TooLarge { .. } => 11,
            CliError::FileExists { .. } => 15,
            CliError::HtmlOneShare | CliError::CodeCount { .. } => 2,
            CliError::InFile { error, .. } => error.exit_status(),
            CliError::NoBundles { .. } => 1,
            CliError::ReportEmpty { reason } => reason.exit_status(),
        }
    }

    /// The Fluent id and arguments of the message for a person in `l`.
    pub fn message(&self, l: Locale) -> (String, Args<'static>) {
        let mut args = Args::new();
        let id = match self {
            CliError::Core(e) => {
                let ue = e.user_error();
                for (k, v) in ue.args {
                    args.set(k, v);
                }
                // An expired share names its date, for the reader.
                if let etapp_core::Error::Bundle(BundleError::Expired { expires }) = e {
                    args.set("expires", format_instant(l, *expires));
                }
                return (ue.code, args);
            }
            CliError::NoCode { var } => {
                args.set("var", *var);
                "cli-error-no-code"
            }
            CliError::NoSecret { var } => {
                args.set("var", *var);
                "cli-error-no-secret"
            }
            CliError::InitNeedsPassphrase { var } => {
                args.set("var", *var);
                "cli-error-init-needs-passphrase"
            }
            CliError::PassphrasesDiffer => "cli-error-passphrases-differ",
            CliError::UnknownLanguage(lang) => {
                args.set("lang", lang.clone());
                args.set("languages", etapp_core::i18n::language_list());
                "cli-error-unknown-language"
            }
            CliError::NoVaultFolder => "cli-error-no-vault-folder",
            CliError::NotText { var } => {
                args.set("var", *var);
                "cli-error-not-text"
            }
            CliError::ReadInput => "cli-error-read-input",
            CliError::ReadFile { path } => {
                args.set("path", path.clone());
                "cli-error-read-file"
            }
            CliError::FileExists { path } => {
                args.set("path", path.clone());
                "cli-error-file-exists"
            }
            CliError::HtmlOneShare => "cli-error-html-one-share",
            CliError::CodeCount { codes, files } => {
                args.set("codes", etapp_core::i18n::number(*codes as f64));
                args.set("files", etapp_core::i18n::number(*files as f64));
                "cli-error-code-count"
            }
            CliError::NoBundles { path } => {
                args.set("path", path.clone());
                "cli-error-no-bundles"
            }
            CliError::ReportEmpty { reason } => {
                args.set("reason", etapp_core::tr(l, reason.label_id(), None));
                "cli-error-report-empty"
            }
            CliError::InFile { path, error } => {
                let (id, inner) = error.message(l);
                args.set("path", path.clone());
                args.set("message", etapp_core::tr(l, &id, Some(&inner)));
                "cli-error-in-file"
            }
            CliError::TooLarge { limit } => {
                args.set("megabytes", etapp_core::i18n::number(*limit as f64 / MIB));
                "file-error-too-large"
            }
        };
        (id.to_owned(), args)
    }
}

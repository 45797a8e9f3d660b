//! The command line, built with clap's builder API so that every help text
//! comes from Fluent (`cli.ftl`) in the chosen language, and clap's own
//! English words (headings, `Print help`, error sentences) never reach a
//! person.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ArgGroup, Command};
use etapp_core::{args as fargs, tr, Locale};

use crate::error::CliError;

/// The environment variable for the language of messages.
pub const LANG_ENV: &str = "ETAPP_LANG";

/// The language of messages: `--lang`, else `ETAPP_LANG`, else the system's.
/// Read before clap runs, because the help text itself is localized.
pub fn locale(argv: &[OsString]) -> Result<Locale, CliError> {
    let mut args = argv.iter().skip(1).map(|a| a.to_string_lossy());
    let mut given = None;
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            given = args.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            given = Some(v.to_owned());
        }
    }
    match given {
        Some(tag) => Locale::negotiate(&tag).ok_or(CliError::UnknownLanguage(tag)),
        None => Ok(locale_from_env().unwrap_or_else(Locale::from_system)),
    }
}

/// `ETAPP_LANG`, when it names a shipped language.
pub fn locale_from_env() -> Option<Locale> {
    std::env::var(LANG_ENV)
        .ok()
        .and_then(|v| Locale::negotiate(&v))
}

/// Help layout with our own headings instead of clap's English ones.
fn localized(cmd: Command, l: Locale, usage_id: &str) -> Command {
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}",
        tr(l, "cli-heading-usage", None)
    );
    cmd.help_template(template)
        .override_usage(tr(l, usage_id, None))
        .subcommand_help_heading(tr(l, "cli-heading-commands", None))
        .next_help_heading(tr(l, "cli-heading-options", None))
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr(l, "cli-arg-help", None)),
        )
}

/// The whole command line in language `l`.
pub fn command(l: Locale) -> Command {
    let t = |id: &str| tr(l, id, None);
    let profile_set = localized(
        Command::new("set").about(t("cli-cmd-profile-set")),
        l,
        "cli-usage-profile-set",
    )
    .arg(
        Arg::new("name")
            .long("name")
            .value_name(t("cli-value-name"))
            .help(t("cli-arg-name")),
    )
    .arg(
        Arg::new("arrived")
            .long("arrived")
            .value_name(t("cli-value-date"))
            .help(t("cli-arg-arrived")),
    )
    .group(
        ArgGroup::new("fields")
            .args(["name", "arrived"])
            .required(true)
            .multiple(true),
    );
    let profile_show = localized(
        Command::new("show").about(t("cli-cmd-profile-show")),
        l,
        "cli-usage-profile-show",
    );
    let profile = localized(
        Command::new("profile").about(t("cli-cmd-profile")),
        l,
        "cli-usage-profile",
    )
    .subcommand_required(true)
    .subcommand(profile_set)
    .subcommand(profile_show);
    let init = localized(
        Command::new("init").about(t("cli-cmd-init")),
        l,
        "cli-usage-init",
    );
    let passwd = localized(
        Command::new("passwd").about(t("cli-cmd-passwd")),
        l,
        "cli-usage-passwd",
    )
    .arg(
        Arg::new("recovery-code")
            .long("recovery-code")
            .value_name(t("cli-value-code"))
            .allow_hyphen_values(true)
            .help(t("cli-arg-recovery-code")),
    )
    .arg(
        Arg::new("rotate")
            .long("rotate")
            .action(ArgAction::SetTrue)
            .help(t("cli-arg-rotate")),
    );
    let recovery_code_arg = || {
        Arg::new("recovery-code")
            .long("recovery-code")
            .value_name(t("cli-value-code"))
            .allow_hyphen_values(true)
            .help(t("cli-arg-backup-recovery-code"))
    };
    let backup_file_arg = || {
        Arg::new("file")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .required(true)
            .help(t("cli-arg-backup-file"))
    };
    let backup = localized(
        Command::new("backup").about(t("cli-cmd-backup")),
        l,
        "cli-usage-backup",
    )
    .arg(
        Arg::new("out")
            .long("out")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .required(true)
            .help(t("cli-arg-backup-out")),
    );
    let restore = localized(
        Command::new("restore").about(t("cli-cmd-restore")),
        l,
        "cli-usage-restore",
    )
    .arg(backup_file_arg())
    .arg(recovery_code_arg());
    let verify_backup = localized(
        Command::new("verify-backup").about(t("cli-cmd-verify-backup")),
        l,
        "cli-usage-verify-backup",
    )
    .arg(backup_file_arg())
    .arg(recovery_code_arg());

    let step_add = localized(
        Command::new("add").about(t("cli-cmd-step-add")),
        l,
        "cli-usage-step-add",
    )
    .arg(text_arg("title", "cli-value-text", "cli-arg-step-title", l).required(true))
    .arg(text_arg("type", "cli-value-code", "cli-arg-step-type", l).required(true))
    .arg(text_arg("agency", "cli-value-code", "cli-arg-step-agency", l).required(true))
    .arg(text_arg("stage", "cli-value-code", "cli-arg-step-stage", l).required(true))
    .arg(text_arg(
        "status",
        "cli-value-code",
        "cli-arg-step-status",
        l,
    ))
    .arg(text_arg("start", "cli-value-date", "cli-arg-step-start", l))
    .arg(text_arg("end", "cli-value-date", "cli-arg-step-end", l))
    .arg(
        Arg::new("goal")
            .long("goal")
            .value_name(t("cli-value-id"))
            .value_parser(id_parser)
            .action(ArgAction::Append)
            .help(t("cli-arg-step-goal")),
    )
    .arg(
        Arg::new("contact")
            .long("contact")
            .value_name(t("cli-value-id"))
            .value_parser(id_parser)
            .help(t("cli-arg-step-contact")),
    )
    .arg(
        Arg::new("life-area")
            .long("life-area")
            .value_name(t("cli-value-code"))
            .action(ArgAction::Append)
            .help(t("cli-arg-step-life-area")),
    );
    let step_status = localized(
        Command::new("status").about(t("cli-cmd-step-status")),
        l,
        "cli-usage-step-status",
    )
    .arg(
        Arg::new("id")
            .value_name(t("cli-value-id"))
            .value_parser(id_parser)
            .required(true)
            .help(t("cli-arg-step-id")),
    )
    .arg(
        Arg::new("status")
            .value_name(t("cli-value-code"))
            .required(true)
            .help(t("cli-arg-step-status")),
    );
    let step = localized(
        Command::new("step").about(t("cli-cmd-step")),
        l,
        "cli-usage-step",
    )
    .subcommand_required(true)
    .subcommand(step_add)
    .subcommand(step_status);
    let checkin_add = localized(
        Command::new("add").about(t("cli-cmd-checkin-add")),
        l,
        "cli-usage-checkin-add",
    )
    .arg(text_arg(
        "date",
        "cli-value-date",
        "cli-arg-checkin-date",
        l,
    ))
    .arg(text_arg(
        "note",
        "cli-value-text",
        "cli-arg-checkin-note",
        l,
    ))
    .arg(
        Arg::new("levels")
            .value_name(t("cli-value-area-level"))
            .action(ArgAction::Append)
            .required(true)
            .help(t("cli-arg-checkin-levels")),
    );
    let checkin = localized(
        Command::new("checkin").about(t("cli-cmd-checkin")),
        l,
        "cli-usage-checkin",
    )
    .subcommand_required(true)
    .subcommand(checkin_add);
    let export_record = localized(
        Command::new("export-record").about(t("cli-cmd-export-record")),
        l,
        "cli-usage-export-record",
    );
    let import_record = localized(
        Command::new("import-record").about(t("cli-cmd-import-record")),
        l,
        "cli-usage-import-record",
    )
    .arg(
        Arg::new("file")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .required(true)
            .help(t("cli-arg-import-file")),
    );
    let demo = localized(
        Command::new("demo").about(t("cli-cmd-demo")),
        l,
        "cli-usage-demo",
    );
    let check = localized(
        Command::new("check").about(t("cli-cmd-check")),
        l,
        "cli-usage-check",
    );
    let close_occupations = localized(
        Command::new("close-occupations").about(t("cli-cmd-close-occupations")),
        l,
        "cli-usage-close-occupations",
    )
    .arg(
        Arg::new("json")
            .long("json")
            .action(ArgAction::SetTrue)
            .help(t("cli-arg-close-json")),
    );
    let share = localized(
        Command::new("share").about(t("cli-cmd-share")),
        l,
        "cli-usage-share",
    )
    .arg(text_arg("to", "cli-value-text", "cli-arg-share-to", l).required(true))
    .arg(text_arg(
        "agency",
        "cli-value-code",
        "cli-arg-share-agency",
        l,
    ))
    .arg(text_arg("unit", "cli-value-text", "cli-arg-share-unit", l))
    .arg(text_arg("purpose", "cli-value-code", "cli-arg-share-purpose", l).required(true))
    .arg(text_arg(
        "purpose-text",
        "cli-value-text",
        "cli-arg-share-purpose-text",
        l,
    ))
    .arg(text_arg(
        "sections",
        "cli-value-list",
        "cli-arg-share-sections",
        l,
    ))
    .arg(text_arg(
        "items",
        "cli-value-list",
        "cli-arg-share-items",
        l,
    ))
    .arg(
        Arg::new("include-sensitive")
            .long("include-sensitive")
            .action(ArgAction::SetTrue)
            .help(t("cli-arg-share-include-sensitive")),
    )
    .arg(
        Arg::new("expires-in")
            .long("expires-in")
            .value_name(t("cli-value-days"))
            .help(t("cli-arg-share-expires-in")),
    )
    .arg(text_arg(
        "recipient",
        "cli-value-key",
        "cli-arg-share-recipient",
        l,
    ))
    .arg(
        Arg::new("out")
            .long("out")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .help(t("cli-arg-share-out")),
    )
    .arg(
        Arg::new("page")
            .long("page")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .help(t("cli-arg-share-page")),
    )
    .group(
        ArgGroup::new("target")
            .args(["out", "page"])
            .multiple(true)
            .required(true),
    );
    let shares_withdraw = localized(
        Command::new("withdraw").about(t("cli-cmd-shares-withdraw")),
        l,
        "cli-usage-shares-withdraw",
    )
    .arg(
        Arg::new("id")
            .value_name(t("cli-value-id"))
            .value_parser(id_parser)
            .required(true)
            .help(t("cli-arg-shares-id")),
    );
    let shares = localized(
        Command::new("shares").about(t("cli-cmd-shares")),
        l,
        "cli-usage-shares",
    )
    .subcommand(shares_withdraw);
    let open = localized(
        Command::new("open").about(t("cli-cmd-open")),
        l,
        "cli-usage-open",
    )
    .arg(
        Arg::new("file")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .num_args(1..)
            .required(true)
            .help(t("cli-arg-open-file")),
    )
    .arg(
        Arg::new("code")
            .long("code")
            .value_name(t("cli-value-code"))
            .allow_hyphen_values(true)
            .action(ArgAction::Append)
            .help(t("cli-arg-open-code")),
    )
    .arg(
        Arg::new("identity")
            .long("identity")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .help(t("cli-arg-open-identity")),
    )
    .arg(
        Arg::new("json")
            .long("json")
            .action(ArgAction::SetTrue)
            .help(t("cli-arg-open-json")),
    )
    .arg(
        Arg::new("html")
            .long("html")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .help(t("cli-arg-open-html")),
    )
    .group(ArgGroup::new("key").args(["code", "identity"]))
    .group(ArgGroup::new("output").args(["json", "html"]));
    let forget_seen = localized(
        Command::new("forget-seen").about(t("cli-cmd-forget-seen")),
        l,
        "cli-usage-forget-seen",
    );
    let report = localized(
        Command::new("report").about(t("cli-cmd-report")),
        l,
        "cli-usage-report",
    )
    .arg(
        Arg::new("identity")
            .long("identity")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .required(true)
            .help(t("cli-arg-report-identity")),
    )
    .arg(
        Arg::new("shares")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .num_args(1..)
            .required(true)
            .help(t("cli-arg-report-shares")),
    )
    .arg(
        Arg::new("csv")
            .long("csv")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .help(t("cli-arg-report-csv")),
    )
    .arg(
        Arg::new("force")
            .long("force")
            .action(ArgAction::SetTrue)
            .requires("csv")
            .help(t("cli-arg-report-force")),
    )
    .arg(
        Arg::new("json")
            .long("json")
            .action(ArgAction::SetTrue)
            .help(t("cli-arg-report-json")),
    )
    .group(ArgGroup::new("report-output").args(["csv", "json"]));
    let agency_key_new = localized(
        Command::new("new").about(t("cli-cmd-agency-key-new")),
        l,
        "cli-usage-agency-key-new",
    )
    .arg(
        Arg::new("out")
            .long("out")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .required(true)
            .help(t("cli-arg-agency-key-out")),
    );
    let agency_key_show = localized(
        Command::new("show").about(t("cli-cmd-agency-key-show")),
        l,
        "cli-usage-agency-key-show",
    )
    .arg(
        Arg::new("file")
            .value_name(t("cli-value-file"))
            .value_parser(clap::value_parser!(PathBuf))
            .required(true)
            .help(t("cli-arg-agency-key-file")),
    );
    let agency_key = localized(
        Command::new("agency-key").about(t("cli-cmd-agency-key")),
        l,
        "cli-usage-agency-key",
    )
    .subcommand_required(true)
    .subcommand(agency_key_new)
    .subcommand(agency_key_show);

    localized(
        Command::new("etapp").about(t("cli-about")),
        l,
        "cli-usage-etapp",
    )
    .version(env!("CARGO_PKG_VERSION"))
    .disable_version_flag(true)
    .subcommand_required(true)
    .arg(
        Arg::new("vault")
            .long("vault")
            .global(true)
            .value_name(t("cli-value-folder"))
            .value_parser(clap::value_parser!(PathBuf))
            .help(t("cli-arg-vault")),
    )
    .arg(
        Arg::new("lang")
            .long("lang")
            .global(true)
            .value_name(t("cli-value-language"))
            .help(tr(
                l,
                "cli-arg-lang",
                Some(&fargs!["languages" => etapp_core::i18n::language_list()]),
            )),
    )
    .arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(t("cli-arg-version")),
    )
    .subcommand(init)
    .subcommand(profile)
    .subcommand(passwd)
    .subcommand(step)
    .subcommand(checkin)
    .subcommand(export_record)
    .subcommand(import_record)
    .subcommand(demo)
    .subcommand(check)
    .subcommand(close_occupations)
    .subcommand(backup)
    .subcommand(restore)
    .subcommand(verify_backup)
    .subcommand(share)
    .subcommand(shares)
    .subcommand(open)
    .subcommand(forget_seen)
    .subcommand(report)
    .subcommand(agency_key)
}

/// A `--NAME VALUE` option with localized value name and help.
/// A record id, typed in ASCII, Arabic-Indic or Persian digits.
fn id_parser(value: &str) -> Result<i64, std::num::ParseIntError> {
    etapp_core::i18n::ascii_digits(value).trim().parse()
}

fn text_arg(name: &'static str, value_id: &str, help_id: &str, l: Locale) -> Arg {
    Arg::new(name)
        .long(name)
        .value_name(tr(l, value_id, None))
        .help(tr(l, help_id, None))
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        other => Some(other.to_string()),
    }
}

/// Shows help or version (exit 0), or a localized usage error (exit 2).
pub fn report_usage(e: &clap::Error, l: Locale) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            // The help text is ours, rendered from Fluent.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::UnknownArgument => {
            tr(l, "cli-error-unknown-argument", Some(&fargs!["arg" => arg]))
        }
        ErrorKind::InvalidSubcommand => {
            let command = context(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            tr(
                l,
                "cli-error-unknown-command",
                Some(&fargs!["command" => command]),
            )
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let commands = context(e, ContextKind::ValidSubcommand).unwrap_or_default();
            tr(
                l,
                "cli-error-missing-command",
                Some(&fargs!["commands" => commands]),
            )
        }
        ErrorKind::MissingRequiredArgument => {
            tr(l, "cli-error-missing-argument", Some(&fargs!["arg" => arg]))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::InvalidUtf8 => {
            let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
            tr(
                l,
                "cli-error-invalid-value",
                Some(&fargs!["arg" => arg, "value" => value]),
            )
        }
        ErrorKind::ArgumentConflict => {
            let other = context(e, ContextKind::PriorArg).unwrap_or_default();
            if other == arg || other.is_empty() {
                tr(l, "cli-error-repeated", Some(&fargs!["arg" => arg]))
            } else {
                tr(
                    l,
                    "cli-error-conflict",
                    Some(&fargs!["arg" => arg, "other" => other]),
                )
            }
        }
        _ => tr(l, "cli-error-usage", None),
    };
    eprintln!("{message}\n{}", tr(l, "cli-hint-help", None));
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent_in_every_language() {
        for l in Locale::all() {
            command(l).debug_assert();
        }
    }

    #[test]
    fn lang_is_found_before_parsing() {
        let argv = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            locale(&argv(&["etapp", "--lang", "ar", "init"]))
                .unwrap()
                .code(),
            "ar"
        );
        assert_eq!(
            locale(&argv(&["etapp", "init", "--lang=sv-SE"]))
                .unwrap()
                .code(),
            "sv"
        );
        assert!(matches!(
            locale(&argv(&["etapp", "--lang", "xx"])),
            Err(CliError::UnknownLanguage(_))
        ));
    }

    #[test]
    fn help_has_no_english_in_swedish() {
        let help = command(Locale::swedish()).render_help().to_string();
        for english in ["Usage", "Options", "Commands", "Print help", "[OPTIONS]"] {
            assert!(!help.contains(english), "{english} in:\n{help}");
        }
        let sub = command(Locale::swedish());
        let mut sub = sub.find_subcommand("passwd").unwrap().clone();
        let help = sub.render_help().to_string();
        assert!(
            !help.contains("Usage") && !help.contains("Options"),
            "{help}"
        );
    }
}

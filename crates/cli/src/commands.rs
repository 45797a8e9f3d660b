//! One function per command; each reads its inputs, calls the core once or
//! twice, and prints.

use std::path::PathBuf;

use clap::ArgMatches;
use etapp_core::catalog::{Agency, Code, Level, LifeArea, Stage, StepStatus, StepType};
use etapp_core::fsio::{self, ReadError};
use etapp_core::i18n::strip_isolation;
use etapp_core::jiff::Timestamp;
use etapp_core::record::check::parse_date;
use etapp_core::record::portable;
use etapp_core::record::{AreaLevel, CheckIn, RecordError, Step};
use etapp_core::vault::{self, Passphrase, RecoveryCode, Vault, VaultStatus};
use etapp_core::{paths, Locale};

use crate::error::CliError;
use crate::say;
use crate::secrets::{self, NEW_PASSPHRASE_ENV, PASSPHRASE_ENV};
use crate::{agency, backups, close, reader, report, sharing};

/// The prefix of the machine-read recovery code line (not translated).
const RECOVERY_CODE_PREFIX: &str = "recovery code: ";
/// The prefix of the machine-read id line (not translated).
pub(crate) const ID_PREFIX: &str = "id: ";

/// Runs the parsed command.
pub fn run(m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    // The reader needs no vault: it never resolves or touches one.
    match m.subcommand() {
        Some(("open", o)) => return reader::open(o, m.get_one::<String>("lang"), l),
        Some(("forget-seen", _)) => return reader::forget_seen(l),
        Some(("report", r)) => return report::report(r, m.get_one::<String>("lang"), l),
        Some(("agency-key", a)) => {
            return match a.subcommand() {
                Some(("new", n)) => agency::new(n, l),
                Some(("show", s)) => agency::show(s),
                _ => unreachable!("clap requires an agency-key subcommand"),
            }
        }
        _ => {}
    }
    let dir =
        paths::vault_dir(m.get_one::<PathBuf>("vault").cloned()).ok_or(CliError::NoVaultFolder)?;
    match m.subcommand() {
        Some(("init", _)) => init(&dir, l),
        Some(("profile", p)) => match p.subcommand() {
            Some(("set", s)) => profile_set(&dir, s, l),
            Some(("show", _)) => profile_show(&dir, l),
            _ => unreachable!("clap requires a profile subcommand"),
        },
        Some(("passwd", p)) => passwd(
            &dir,
            p.get_one::<String>("recovery-code").map(String::as_str),
            p.get_flag("rotate"),
            l,
        ),
        Some(("backup", b)) => backups::backup(&dir, b, l),
        Some(("restore", b)) => backups::restore(&dir, b, l),
        Some(("verify-backup", b)) => backups::verify(b, l),
        Some(("step", p)) => match p.subcommand() {
            Some(("add", s)) => step_add(&dir, s, l),
            Some(("status", s)) => step_status(&dir, s, l),
            _ => unreachable!("clap requires a step subcommand"),
        },
        Some(("checkin", p)) => match p.subcommand() {
            Some(("add", s)) => checkin_add(&dir, s, l),
            _ => unreachable!("clap requires a checkin subcommand"),
        },
        Some(("export-record", _)) => export_record(&dir, l),
        Some(("import-record", p)) => import_record(
            &dir,
            p.get_one::<PathBuf>("file").expect("clap requires it"),
            l,
        ),
        Some(("demo", _)) => demo(&dir, l),
        Some(("check", _)) => check(&dir, l),
        Some(("close-occupations", c)) => close::close_occupations(&dir, c, l),
        Some(("share", s)) => sharing::share(&dir, s, l),
        Some(("shares", s)) => match s.subcommand() {
            Some(("withdraw", w)) => sharing::withdraw(&dir, w, l),
            _ => sharing::list(&dir, l),
        },
        _ => unreachable!("clap requires a subcommand"),
    }
}

/// Today in Sweden, for the core's validity checks (as in the app).
pub(crate) fn today() -> etapp_core::jiff::civil::Date {
    etapp_core::time::today_in_sweden()
}

/// A required option's value: clap has refused the command without it.
fn required<T>(value: Option<T>) -> T {
    value.expect("clap requires it")
}

/// A catalog code given on the command line; `field` names it if unknown.
pub(crate) fn code<C: Code>(m: &ArgMatches, arg: &str, field: &str) -> Result<Option<C>, CliError> {
    m.get_one::<String>(arg)
        .map(|v| C::parse(strip_isolation(v).trim()).ok_or_else(|| RecordError::invalid(field)))
        .transpose()
        .map_err(CliError::from)
}

/// A `YYYY-MM-DD` option, if given; a date in the wrong shape is named by
/// its place in the record (`field`).
fn date_arg(
    m: &ArgMatches,
    arg: &str,
    field: &str,
) -> Result<Option<etapp_core::jiff::civil::Date>, RecordError> {
    m.get_one::<String>(arg)
        .map(|d| parse_date(d, field))
        .transpose()
}

fn step_add(dir: &std::path::Path, m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    // Input is checked before the passphrase is asked for.
    let date = |arg: &str, field: &str| date_arg(m, arg, field);
    let step = Step {
        id: 0,
        title: strip_isolation(m.get_one::<String>("title").expect("clap requires it")),
        step_type: required(code::<StepType>(m, "type", "step.step_type")?),
        agency: required(code::<Agency>(m, "agency", "step.agency")?),
        contact_id: m.get_one::<i64>("contact").copied(),
        stage: required(code::<Stage>(m, "stage", "step.stage")?),
        status: code::<StepStatus>(m, "status", "step.status")?.unwrap_or(StepStatus::Planned),
        status_history: Vec::new(),
        start_date: date("start", "step.start_date")?,
        end_date: date("end", "step.end_date")?,
        goal_ids: m
            .get_many::<i64>("goal")
            .map(|g| g.copied().collect())
            .unwrap_or_default(),
        life_areas: m
            .get_many::<String>("life-area")
            .into_iter()
            .flatten()
            .enumerate()
            .map(|(i, a)| {
                LifeArea::parse(strip_isolation(a).trim())
                    .ok_or_else(|| RecordError::invalid(format!("step.life_areas[{i}]")))
            })
            .collect::<Result<_, _>>()?,
        appointments: Vec::new(),
        evaluation: None,
    };
    step.validate("step")?;
    let vault = unlock(dir, l)?;
    let id = vault.store().add_step(&step, Timestamp::now())?;
    say(l, "cli-step-added", None);
    println!("{ID_PREFIX}{id}");
    Ok(())
}

fn step_status(dir: &std::path::Path, m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    let id = *m.get_one::<i64>("id").expect("clap requires it");
    let status = code::<StepStatus>(m, "status", "step.status")?.expect("clap requires it");
    let vault = unlock(dir, l)?;
    vault
        .store()
        .set_step_status(id, status, Timestamp::now())?;
    say(l, "cli-step-status-saved", None);
    Ok(())
}

/// One `AREA=LEVEL` of `checkin add`: a life area's code, and a level as
/// 1–5 or a level code (`not_relevant`). `i` is its place, for the error.
fn area_level(arg: &str, i: usize) -> Result<AreaLevel, RecordError> {
    // `housing=٢` as `housing=2`: digits from an Arabic or Persian keyboard.
    let arg = etapp_core::i18n::ascii_digits(&strip_isolation(arg));
    let (area, level) = arg
        .split_once('=')
        .ok_or_else(|| RecordError::invalid(format!("checkin.areas[{i}]")))?;
    let life_area = LifeArea::parse(area.trim())
        .ok_or_else(|| RecordError::invalid(format!("checkin.areas[{i}].life_area")))?;
    let level = level.trim();
    let level = level
        .parse::<u8>()
        .ok()
        .and_then(Level::from_score)
        .or_else(|| Level::parse(level))
        .ok_or_else(|| RecordError::invalid(format!("checkin.areas[{i}].level")))?;
    Ok(AreaLevel {
        life_area,
        level,
        note: String::new(),
    })
}

fn checkin_add(dir: &std::path::Path, m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    // Input is checked before the passphrase is asked for.
    let date = date_arg(m, "date", "checkin.date")?.unwrap_or_else(today);
    let checkin = CheckIn {
        id: 0,
        date,
        areas: m
            .get_many::<String>("levels")
            .into_iter()
            .flatten()
            .enumerate()
            .map(|(i, a)| area_level(a, i))
            .collect::<Result<_, _>>()?,
        note: m
            .get_one::<String>("note")
            .map(|n| strip_isolation(n))
            .unwrap_or_default(),
    };
    checkin.validate(today(), "checkin")?;
    let vault = unlock(dir, l)?;
    let id = vault.store().add_checkin(&checkin, today())?;
    say(l, "cli-checkin-added", None);
    println!("{ID_PREFIX}{id}");
    Ok(())
}

fn export_record(dir: &std::path::Path, l: Locale) -> Result<(), CliError> {
    let vault = unlock(dir, l)?;
    print!("{}", vault.store().export_record_json()?);
    Ok(())
}

fn import_record(dir: &std::path::Path, file: &std::path::Path, l: Locale) -> Result<(), CliError> {
    let bytes = read_file(file, portable::MAX_BYTES)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| CliError::from(RecordError::NotARecord { field: "$".into() }))?;
    let vault = unlock(dir, l)?;
    vault.store().import_record_json(&text, today())?;
    say(l, "cli-import-done", None);
    Ok(())
}

/// A file named on the command line, read whole but never more than
/// `limit` bytes: a larger one is refused from its size (status 11).
pub(crate) fn read_file(file: &std::path::Path, limit: u64) -> Result<Vec<u8>, CliError> {
    fsio::read_limited(file, limit).map_err(|e| match e {
        ReadError::TooLarge { limit } => CliError::TooLarge { limit },
        ReadError::NotAFile | ReadError::Io(_) => CliError::ReadFile {
            path: file.display().to_string(),
        },
    })
}

fn demo(dir: &std::path::Path, l: Locale) -> Result<(), CliError> {
    let vault = unlock(dir, l)?;
    vault.store().fill_demo(today())?;
    say(l, "cli-demo-done", None);
    Ok(())
}

/// The full check of the record file: 0 when whole, 13 when damaged.
fn check(dir: &std::path::Path, l: Locale) -> Result<(), CliError> {
    let vault = unlock(dir, l)?;
    vault.store().check()?;
    say(l, "cli-check-whole", None);
    Ok(())
}

pub(crate) fn print_recovery_code(code: &RecoveryCode) {
    println!("{RECOVERY_CODE_PREFIX}{}", code.expose_secret());
}

/// Fails early, before any secret is asked for, when there is no vault.
fn require_vault(dir: &std::path::Path) -> Result<(), CliError> {
    match vault::status(dir) {
        VaultStatus::NoVault => Err(vault::VaultError::NoVault.into()),
        _ => Ok(()),
    }
}

pub(crate) fn unlock(dir: &std::path::Path, l: Locale) -> Result<Vault, CliError> {
    require_vault(dir)?;
    let passphrase = secrets::current_passphrase(l)?;
    Ok(Vault::unlock(dir, &passphrase)?)
}

fn init(dir: &std::path::Path, l: Locale) -> Result<(), CliError> {
    let passphrase = secrets::from_env(PASSPHRASE_ENV)?
        .map(Passphrase::new)
        .ok_or(CliError::InitNeedsPassphrase {
            var: PASSPHRASE_ENV,
        })?;
    let (_vault, code) = Vault::create(dir, &passphrase)?;
    say(l, "cli-init-done", None);
    print_recovery_code(&code);
    Ok(())
}

fn profile_set(dir: &std::path::Path, m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    // Input is checked before the passphrase is asked for.
    let name = m.get_one::<String>("name").map(|n| strip_isolation(n));
    let arrived = date_arg(m, "arrived", "profile.arrived")?;
    let vault = unlock(dir, l)?;
    let mut profile = vault.store().profile()?;
    if let Some(name) = name {
        profile.name = name;
    }
    if let Some(arrived) = arrived {
        profile.arrived = Some(arrived);
    }
    vault.store().set_profile(&profile, today())?;
    say(l, "cli-profile-saved", None);
    Ok(())
}

fn profile_show(dir: &std::path::Path, l: Locale) -> Result<(), CliError> {
    let vault = unlock(dir, l)?;
    let profile = vault.store().profile()?;
    println!(
        "{}",
        serde_json::to_string_pretty(&profile).expect("a profile serializes")
    );
    Ok(())
}

/// `passwd`: a new passphrase, with the current one or the recovery code;
/// with `--rotate` also a new master key, so old copies of the key file
/// stop opening the record, and a new recovery code.
fn passwd(
    dir: &std::path::Path,
    recovery_code: Option<&str>,
    rotate: bool,
    l: Locale,
) -> Result<(), CliError> {
    match recovery_code {
        Some(value) => {
            let code = RecoveryCode::parse(&secrets::flag_value(value)?)?;
            require_vault(dir)?;
            let new = secrets::new_passphrase(l)?;
            let new_code = if rotate {
                let (_, code) = Vault::recover_and_rotate(dir, &code, &new)?;
                say(l, "cli-passwd-rotated", None);
                code
            } else {
                let (_, code) = Vault::recover(dir, &code, &new)?;
                say(l, "cli-passwd-recovered", None);
                code
            };
            print_recovery_code(&new_code);
        }
        None => {
            require_vault(dir)?;
            secrets::ensure_available(PASSPHRASE_ENV)?;
            secrets::ensure_available(NEW_PASSPHRASE_ENV)?;
            let current = secrets::current_passphrase(l)?;
            let mut vault = Vault::unlock(dir, &current)?;
            let new = secrets::new_passphrase(l)?;
            if rotate {
                let code = vault.rotate(&current, &new)?;
                say(l, "cli-passwd-rotated", None);
                print_recovery_code(&code);
            } else {
                vault.change_passphrase(&current, &new)?;
                say(l, "cli-passwd-done", None);
            }
        }
    }
    Ok(())
}

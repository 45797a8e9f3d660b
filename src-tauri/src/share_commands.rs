//! Commands for sharing — the participant's share wizard and share log —
//! and for the reader, the case worker's side, which needs no vault.
//!
//! Files are chosen in native dialogs opened here ([`crate::dialog`]), so
//! the UI never handles a path. The bundle chosen in the reader and the
//! one it opened stay in the shell (`AppState`'s reader) until the reader
//! closes, so the printable page can be made from it.

use etapp_core::bundle::{self, agency, page, Key, ShareCode};
use etapp_core::jiff::Timestamp;
use etapp_core::preferences::Preferences;
use etapp_core::share::{self, LockWith};
use etapp_core::types::{OpenedBundle, ShareForm, ShareMade, SharePreview, ShareRequestInput};
use etapp_core::user_error::UserError;
use etapp_core::{bundle::log::ShareEntry, paths, reader, seen, tr, Locale};
use tauri::{AppHandle, Manager, State};
use zeroize::Zeroizing;

use crate::dialog::{self, Filter};
use crate::AppState;

type Reply<T> = Result<T, UserError>;

/// The participant's language, for the consent text and the dialogs.
fn locale(state: &AppState) -> Locale {
    Preferences::load(&state.vault_dir).locale()
}

/// Runs `f` on a blocking thread (key derivation, dialogs) with the state.
pub(crate) async fn blocking<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppHandle, &AppState) -> Reply<T> + Send + 'static,
) -> Reply<T> {
    let handle = app.clone();
    tauri::async_runtime::spawn_blocking(move || f(&handle, &handle.state::<AppState>()))
        .await
        .map_err(|_| UserError::new("error-unexpected"))?
}

/// Exactly what a share would hold, for the preview; nothing is written.
#[tauri::command]
pub fn preview_share(
    state: State<'_, AppState>,
    request: ShareRequestInput,
) -> Reply<SharePreview> {
    let request = request.request(locale(&state));
    state.with_vault(|v| {
        let draft = share::draft(v, &request, Timestamp::now())?;
        Ok::<_, etapp_core::Error>(SharePreview {
            payload: draft.payload,
            left_out: draft.left_out.into_iter().collect(),
            left_out_count: draft.left_out_count as u32,
            fingerprint: v.fingerprint(),
        })
    })
}

/// Makes the share: asks where to save it (the `.etapp` file, the page
/// any browser opens, or both, one window each), writes it, logs it, and
/// returns the code to say aloud. `None` when the person cancels a
/// dialog (nothing is written or logged).
#[tauri::command]
pub async fn make_share(
    app: AppHandle,
    request: ShareRequestInput,
    form: ShareForm,
) -> Reply<Option<ShareMade>> {
    blocking(app, move |app, state| {
        let l = locale(state);
        let core_request = request.request(l);
        core_request.validate().map_err(|e| e.user_error())?;
        let lock = match &request.recipient_key {
            Some(key) => LockWith::Key(
                bundle::Recipient::parse_key(key, "share.recipient").map_err(|e| e.user_error())?,
            ),
            None => LockWith::Code,
        };
        let stem = format!("etapp-{}", etapp_core::time::today_in_sweden());
        let ask = |extension: &str, type_id: &str, title_id: &str| {
            let filter_name = tr(l, type_id, None);
            let filter = Filter {
                name: &filter_name,
                extensions: &[extension],
            };
            dialog::save(
                app,
                &tr(l, title_id, None),
                &format!("{stem}.{extension}"),
                &filter,
            )
        };
        let bundle_path = match form {
            ShareForm::File | ShareForm::Both => {
                match ask(bundle::EXTENSION, "share-file-type", "share-save-title") {
                    Some(path) => Some(path),
                    None => return Ok(None),
                }
            }
            ShareForm::Page => None,
        };
        let page_path = match form {
            ShareForm::Page | ShareForm::Both => {
                match ask(page::EXTENSION, "share-page-type", "share-save-page-title") {
                    Some(path) => Some(path),
                    None => return Ok(None),
                }
            }
            ShareForm::File => None,
        };
        if bundle_path.is_some() && bundle_path == page_path {
            return Err(UserError::new("share-error-same-file"));
        }
        let targets = share::Targets {
            bundle: bundle_path.as_deref(),
            page: page_path.as_deref(),
        };
        state.with_vault(|v| {
            let draft = share::draft(v, &core_request, Timestamp::now())?;
            let made = share::make(v, &draft, lock, targets)?;
            Ok::<_, etapp_core::Error>(Some(ShareMade {
                entry: made.entry,
                code: made.code.map(|c| c.expose_secret().to_string()),
                file_names: [&bundle_path, &page_path]
                    .into_iter()
                    .flatten()
                    .map(|p| dialog::file_name(p))
                    .collect(),
            }))
        })
    })
    .await
}

/// The share log, oldest first.
#[tauri::command]
pub fn get_shares(state: State<'_, AppState>) -> Reply<Vec<ShareEntry>> {
    state.with_store(|s| s.shares())
}

/// Marks a share withdrawn; returns it as saved.
#[tauri::command]
pub fn withdraw_share(state: State<'_, AppState>, id: i64) -> Reply<ShareEntry> {
    state.with_store(|s| s.withdraw_share(id, Timestamp::now()))
}

/// The reader: asks for a bundle file and keeps its path. Returns the
/// file's name, or `None` when the person cancels.
#[tauri::command]
pub async fn choose_bundle(app: AppHandle) -> Reply<Option<String>> {
    blocking(app, |app, state| {
        let l = locale(state);
        let filter_name = tr(l, "share-file-type", None);
        // A reader page holds the same bundle: it opens here too.
        let filter = Filter {
            name: &filter_name,
            extensions: &[bundle::EXTENSION, page::EXTENSION],
        };
        let chosen = dialog::open(app, &tr(l, "reader-open-title", None), &filter);
        let name = chosen.as_deref().map(dialog::file_name);
        state.reader().chosen = chosen;
        state.reader().opened = None;
        Ok(name)
    })
    .await
}

/// The reader: asks for an agency's key file (an age identity) to open a
/// share locked to that agency's key, and keeps its path; the key is read
/// only when the share is opened. Returns the file's name, or `None` when
/// the person cancels (then no key file is chosen).
#[tauri::command]
pub async fn choose_key_file(app: AppHandle) -> Reply<Option<String>> {
    blocking(app, |app, state| {
        let l = locale(state);
        let chosen = dialog::open_any(app, &tr(l, "reader-key-open-title", None));
        let name = chosen.as_deref().map(dialog::file_name);
        state.reader().key_file = chosen;
        Ok(name)
    })
    .await
}

/// The reader: forgets the key file chosen, to open with a code again.
#[tauri::command]
pub fn forget_key_file(state: State<'_, AppState>) {
    state.reader().key_file = None;
}

/// The reader: opens the chosen bundle with the code the person says, or
/// with the key file chosen when no code is given, and checks it. Needs
/// no vault. Nothing is written unless it opens (then the signer is
/// remembered as seen).
#[tauri::command]
pub async fn open_bundle(app: AppHandle, code: Option<String>) -> Reply<OpenedBundle> {
    let code = parse_code(code);
    blocking(app, move |_, state| {
        let key = key_of(state, code?)?;
        let path = state
            .reader()
            .chosen
            .clone()
            .ok_or_else(|| UserError::new("reader-error-no-file"))?;
        let bytes = read_share(&path)?;
        let now = Timestamp::now();
        let opened = bundle::open(&bytes, &key, now).map_err(|e| e.user_error())?;
        let sighting = match paths::state_dir() {
            Some(dir) => seen::remember(&dir, &opened.signer, now),
            None => seen::Sighting::First,
        };
        let reply = OpenedBundle {
            payload: opened.payload.clone(),
            signer: opened.signer.clone(),
            first_seen: match sighting {
                seen::Sighting::First => None,
                seen::Sighting::Before { first_seen } => Some(first_seen),
            },
        };
        state.reader().opened = Some((opened, sighting));
        Ok(reply)
    })
    .await
}

/// Reads a share code as typed; the typed text is wiped after.
pub(crate) fn parse_code(code: Option<String>) -> Reply<Option<ShareCode>> {
    let code = code.map(Zeroizing::new);
    code.as_deref()
        .map(|c| ShareCode::parse(c).map_err(|e| e.user_error()))
        .transpose()
}

/// The key a share is opened with: the code the person says, or else the
/// agency's key file chosen in the reader.
pub(crate) fn key_of(state: &AppState, code: Option<ShareCode>) -> Reply<Key> {
    if let Some(code) = code {
        return Ok(Key::Code(code));
    }
    let path = state
        .reader()
        .key_file
        .clone()
        .ok_or_else(|| UserError::new("reader-error-no-key-file"))?;
    read_agency_key(&path)
}

/// Reads an agency's key file (an age identity): a file too large to be
/// one is not one.
pub(crate) fn read_agency_key(path: &std::path::Path) -> Reply<Key> {
    let bytes = Zeroizing::new(
        etapp_core::fsio::read_limited(path, agency::IDENTITY_MAX_BYTES).map_err(|e| match e {
            etapp_core::fsio::ReadError::TooLarge { .. } => {
                bundle::BundleError::NotAnIdentity.user_error()
            }
            other => etapp_core::Error::from(other).user_error(),
        })?,
    );
    Ok(Key::from(
        agency::AgencyKey::from_bytes(&bytes).map_err(|e| e.user_error())?,
    ))
}

/// Reads a share file, a bundle or a reader page, and returns the bundle
/// it holds.
pub(crate) fn read_share(path: &std::path::Path) -> Reply<Vec<u8>> {
    let bytes =
        etapp_core::fsio::read_limited(path, page::read_limit(path)).map_err(|e| match e {
            etapp_core::fsio::ReadError::TooLarge { limit } => {
                bundle::BundleError::TooLarge { limit }.user_error()
            }
            other => etapp_core::Error::from(other).user_error(),
        })?;
    page::bundle_of(&bytes)
        .map(std::borrow::Cow::into_owned)
        .map_err(|e| e.user_error())
}

/// The reader: saves the printable page of the opened bundle, in the
/// given languages side by side (Swedish and the participant's, usually).
/// Returns the file's name, or `None` when the person cancels.
#[tauri::command]
pub async fn save_bundle_page(app: AppHandle, languages: Vec<String>) -> Reply<Option<String>> {
    blocking(app, move |app, state| {
        let Some((opened, sighting)) = state.reader().opened.clone() else {
            return Err(UserError::new("reader-error-no-file"));
        };
        let mut locales: Vec<Locale> = Vec::new();
        for l in languages.iter().filter_map(|l| Locale::negotiate(l)) {
            if !locales.contains(&l) {
                locales.push(l);
            }
        }
        if locales.is_empty() {
            locales.push(Locale::swedish());
        }
        let views: Vec<_> = locales
            .iter()
            .map(|l| reader::view(&opened, &sighting, *l))
            .collect();
        let l = locale(state);
        let filter_name = tr(l, "reader-page-file-type", None);
        let filter = Filter {
            name: &filter_name,
            extensions: &["html"],
        };
        let name = format!("etapp-{}.html", &opened.payload.bundle_id[..8]);
        let Some(path) = dialog::save(app, &tr(l, "reader-page-title", None), &name, &filter)
        else {
            return Ok(None);
        };
        etapp_core::fsio::write_atomic(&path, reader::page(&views).as_bytes())
            .map_err(|e| UserError::from_io(&e))?;
        Ok(Some(dialog::file_name(&path)))
    })
    .await
}

/// The reader is closed: forgets the chosen file and the opened bundle.
#[tauri::command]
pub fn close_bundle(state: State<'_, AppState>) {
    *state.reader() = crate::state::Reader::default();
}

/// Forgets every signer this computer has seen.
#[tauri::command]
pub fn forget_seen() -> Reply<()> {
    match paths::state_dir() {
        Some(dir) => seen::forget(&dir).map_err(|e| UserError::from_io(&e)),
        None => Ok(()),
    }
}

//! `plenary serve`: build, serve on 127.0.0.1, rebuild on every change, reload the
//! open pages. The site is built into a temporary folder, never into `output/`.

mod files;
mod in_place;
mod incremental;
mod shows;

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::header;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::stream::{self, Stream, StreamExt};
use notify::RecursiveMode;
use notify_debouncer_full::DebouncedEvent;
use tokio::sync::{broadcast, watch};

use crate::diagnostics::Diagnostic;
use crate::pipeline::{self, BuildOptions};

pub use incremental::LiveSite;

/// Enough to keep the disk busy, few enough that hundreds of open connections still
/// leave descriptors to read with under the common limit of 1024.
const CONCURRENT_READS: usize = 64;
/// How many ports after the requested one to try when it is taken.
const PORT_TRIES: u16 = 20;
/// Editors save in bursts (a temporary file, a rename), each within a few milliseconds:
/// wait for the burst to end, but no longer, as every update waits this long.
const SETTLE: Duration = Duration::from_millis(10);

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {bind} ports {first} to {last}: {source}")]
    Bind { bind: IpAddr, first: u16, last: u16, source: std::io::Error },
    #[error("cannot watch {path}: {source}")]
    Watch { path: PathBuf, source: notify::Error },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

#[derive(Debug, Clone)]
enum LiveEvent {
    Reload,
    Failed(String),
}

#[derive(Debug)]
struct Shared {
    site: PathBuf,
    /// The report of the last failed rebuild, until one succeeds.
    error: RwLock<Option<String>>,
    events: broadcast::Sender<LiveEvent>,
    /// Set once serve is stopping: every open page's stream ends, or shutting down would
    /// wait for them for ever. A flag, not an event, so that a stream opened as serve
    /// stops ends too.
    stopping: watch::Sender<bool>,
    /// Files being read at once: each holds a descriptor besides its connection's.
    reads: tokio::sync::Semaphore,
}

pub fn run(options: &ServeOptions) -> Result<(), ServeError> {
    raise_open_file_limit();
    let listener = bind(options.bind, options.port)?;
    let address = listener.local_addr()?;
    let workspace = tempfile::Builder::new().prefix("plenary-serve-").tempdir()?;
    let build = BuildOptions {
        root: options.root.clone(),
        output: Some(workspace.path().join("site")),
        base_url: Some(format!("http://{address}/")),
        drafts: true,
    };
    let (events, _) = broadcast::channel(16);
    let shared = Arc::new(Shared {
        site: workspace.path().join("site"),
        error: RwLock::new(None),
        events,
        stopping: watch::Sender::new(false),
        reads: tokio::sync::Semaphore::new(CONCURRENT_READS),
    });
    // Watched before the first build, so that a save made during it is not missed.
    let (_watcher, changes) = watch(&options.root)?;
    let site = rebuild(&build, &shared);
    keep_up(changes, build, Arc::clone(&shared), site);
    println!(
        "Serving http://{address}/ (drafts included). Watching content/, data/, themes/ and site.yaml; Ctrl-C stops."
    );
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        listener.set_nonblocking(true)?;
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let stopping = shared.stopping.clone();
        let app = Router::new()
            .route("/__plenary/live.js", get(live_script))
            .route("/__plenary/events", get(live_events))
            .fallback(get(site_file))
            .with_state(shared);
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                stopped().await;
                stopping.send_replace(true);
            })
            .await
    })?;
    Ok(())
}

/// Ctrl-C, `kill` or the terminal closing: each ends serve the same way, so the
/// workspace's copy of the site is removed whichever way the editor stops it.
async fn stopped() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut hangup)) = (signal(SignalKind::terminate()), signal(SignalKind::hangup())) else {
            let _ = tokio::signal::ctrl_c().await;
            return;
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
            _ = hangup.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}

/// Every connection and every file being read holds a descriptor; the usual soft limit
/// of 1024 runs out under a burst of a few hundred requests.
fn raise_open_file_limit() {
    #[cfg(unix)]
    if let Err(error) = rlimit::increase_nofile_limit(u64::MAX) {
        eprintln!("warning: cannot raise the open-file limit: {error}");
    }
}

/// The requested port, or the next free one, said so.
fn bind(address: IpAddr, port: u16) -> Result<TcpListener, ServeError> {
    let last = port.saturating_add(PORT_TRIES);
    let mut first_error = None;
    for candidate in port..=last {
        match listen(SocketAddr::new(address, candidate)) {
            Ok(listener) => {
                if candidate != port {
                    println!("Port {port} is in use; serving on port {candidate} instead.");
                }
                return Ok(listener);
            }
            Err(error) if port == 0 => {
                return Err(ServeError::Bind { bind: address, first: 0, last: 0, source: error });
            }
            Err(error) => {
                first_error.get_or_insert(error);
            }
        }
    }
    let source = first_error.unwrap_or_else(|| std::io::Error::other("no port to try"));
    Err(ServeError::Bind { bind: address, first: port, last, source })
}

/// Bound like `TcpListener::bind`, but with room for a burst of connections: std's
/// queue of 128 overflows when a page and its assets are fetched by many tabs at once,
/// and the kernel then resets connections it has already acknowledged.
fn listen(address: SocketAddr) -> std::io::Result<TcpListener> {
    const BACKLOG: i32 = 1024;
    let socket = socket2::Socket::new(socket2::Domain::for_address(address), socket2::Type::STREAM, None)?;
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.bind(&address.into())?;
    socket.listen(BACKLOG)?;
    Ok(socket.into())
}

/// A full build; what it worked out is kept for the next edit.
fn rebuild(options: &BuildOptions, shared: &Shared) -> Option<LiveSite> {
    match pipeline::build_keeping(options, &crate::progress::Silent) {
        Ok((site, report)) => {
            for warning in &report.warnings {
                eprintln!("{}", warning.render());
            }
            println!("Built {} pages in {} ms", report.pages, report.elapsed.as_millis());
            shared.reload();
            let mut site = LiveSite::from(site);
            site.plan_next_edit();
            Some(site)
        }
        Err(failure) => {
            shared.failed(&failure);
            None
        }
    }
}

/// Only the pages an edit changed, when it changed nothing else; otherwise a full build.
fn update(
    site: Option<LiveSite>,
    edited: &[PathBuf],
    started: Instant,
    options: &BuildOptions,
    shared: &Shared,
) -> Option<LiveSite> {
    let Some(mut site) = site else { return rebuild(options, shared) };
    match site.rebuild_edited(edited) {
        Some(Ok(pages)) if pages.is_empty() => Some(site),
        Some(Ok(pages)) => {
            let elapsed = started.elapsed().as_millis();
            match pages.as_slice() {
                [one] => println!("Updated {one} in {elapsed} ms"),
                _ => println!("Updated {} files in {elapsed} ms", pages.len()),
            }
            shared.reload();
            // The reader sees the page first; the search index and the plan the next
            // edit is checked against follow.
            match site.write_search_index() {
                Ok(_) => {
                    site.plan_next_edit();
                    Some(site)
                }
                Err(failure) => {
                    shared.failed(&failure);
                    None
                }
            }
        }
        Some(Err(failure)) => {
            shared.failed(&failure);
            None
        }
        None => rebuild(options, shared),
    }
}

impl Shared {
    fn reload(&self) {
        *self.error.write().unwrap_or_else(std::sync::PoisonError::into_inner) = None;
        // No open page is no error.
        let _ = self.events.send(LiveEvent::Reload);
    }

    fn failed(&self, failure: &pipeline::BuildFailure) {
        let report: Vec<String> = failure.0.iter().map(Diagnostic::render).collect();
        let report = report.join("\n");
        eprintln!("{report}\nThe last good build is still served.");
        *self.error.write().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(report.clone());
        let _ = self.events.send(LiveEvent::Failed(report));
    }
}

type Watcher = notify_debouncer_full::Debouncer<notify::RecommendedWatcher, notify_debouncer_full::RecommendedCache>;
type Changes = std::sync::mpsc::Receiver<notify_debouncer_full::DebounceEventResult>;

/// Watches the archive's sources; a burst of saves arrives as one batch of changes.
fn watch(root: &Path) -> Result<(Watcher, Changes), ServeError> {
    let (sender, changes) = std::sync::mpsc::channel();
    let mut watcher = notify_debouncer_full::new_debouncer(SETTLE, None, sender)
        .map_err(|source| ServeError::Watch { path: root.to_owned(), source })?;
    for watched in ["content", "data", "themes", "site.yaml"] {
        let path = root.join(watched);
        if path.exists() {
            watcher.watch(&path, RecursiveMode::Recursive).map_err(|source| ServeError::Watch { path, source })?;
        }
    }
    Ok((watcher, changes))
}

/// Rebuilds after each batch of changes, with those that came in meanwhile: saves made
/// during a rebuild make one more update, not one each.
fn keep_up(changes: Changes, options: BuildOptions, shared: Arc<Shared>, mut site: Option<LiveSite>) {
    std::thread::spawn(move || {
        while let Ok(first) = changes.recv() {
            let events: Vec<DebouncedEvent> =
                std::iter::once(first).chain(changes.try_iter()).flat_map(events).collect();
            let mut edited = changed_paths(&events);
            // Timed from the first save, the wait for its burst to end included.
            let started = events.iter().map(|event| event.time).min();
            let Some(started) = started.filter(|_| !edited.is_empty()) else { continue };
            edited.sort();
            edited.dedup();
            site = update(site.take(), &edited, started, &options, &shared);
        }
    });
}

/// The events of a batch; the watcher's errors are said and do not stop serving.
fn events(batch: notify_debouncer_full::DebounceEventResult) -> Vec<DebouncedEvent> {
    batch.unwrap_or_else(|errors| {
        for error in errors {
            eprintln!("warning: watching for changes: {error}");
        }
        Vec::new()
    })
}

/// The paths events changed; none for reads and metadata changes, which do not
/// change the site.
fn changed_paths(events: &[DebouncedEvent]) -> Vec<PathBuf> {
    use notify::EventKind;
    use notify::event::ModifyKind;
    events
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::Create(_)
                    | EventKind::Modify(ModifyKind::Data(_) | ModifyKind::Name(_) | ModifyKind::Any)
                    | EventKind::Remove(_)
                    | EventKind::Any
            )
        })
        .flat_map(|e| e.paths.iter())
        .filter(|path| !is_editor_scratch(path))
        .cloned()
        .collect()
}

/// Swap, lock and backup files editors keep beside the one being edited (`.x.md.swp`,
/// `x.md~`): never part of the site.
fn is_editor_scratch(path: &Path) -> bool {
    path.file_name().and_then(|name| name.to_str()).is_some_and(|name| name.starts_with('.') || name.ends_with('~'))
}

async fn live_script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "no-store")],
        include_str!("live.js"),
    )
}

async fn live_events(State(shared): State<Arc<Shared>>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let receiver = shared.events.subscribe();
    let pending = shared.error.read().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
    let first = stream::iter(pending.map(|report| Ok(Event::default().event("build-error").data(report))));
    let updates = stream::unfold(receiver, |mut receiver| async move {
        loop {
            match receiver.recv().await {
                // A browser drops an event whose data is empty: it must carry some.
                Ok(LiveEvent::Reload) => return Some((Ok(Event::default().event("reload").data("reload")), receiver)),
                Ok(LiveEvent::Failed(report)) => {
                    return Some((Ok(Event::default().event("build-error").data(report)), receiver));
                }
                Err(broadcast::error::RecvError::Lagged(_)) => {}
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    let mut stopping = shared.stopping.subscribe();
    let stopped = async move {
        // An error means serve is gone, which ends the stream as well.
        let _ = stopping.wait_for(|stopping| *stopping).await;
    };
    Sse::new(first.chain(updates).take_until(stopped)).keep_alive(KeepAlive::default())
}

async fn site_file(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    // Never closed, so never an error.
    let _permit = shared.reads.acquire().await.ok();
    files::serve(&shared.site, request).await
}

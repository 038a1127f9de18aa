//! The editor's loop: `plenary new`, drafts, and `plenary serve` rebuilding as files change.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use common::{Site, plenary};

#[test]
fn new_creates_a_draft_that_only_drafts_builds_show() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    let run = plenary(&["new", "letter", "Test", "--root", root]);
    assert!(run.ok(), "{}", run.stderr());
    let path = std::path::PathBuf::from(run.stdout().trim());
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.ends_with("-test.md") && name.len() == "2026-11-23-test.md".len(), "{name}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("kind: letter\n") && text.contains("signatories: []\n") && text.contains("draft: true\n"),
        "{text}"
    );
    // Today is when the file was made, not the document's date: the editor gives the source's.
    assert!(!text.lines().any(|line| line.starts_with("date:")) && text.contains("\n# date: "), "{text}");

    let again = plenary(&["new", "letter", "Test", "--root", root]);
    assert_eq!(again.code(), Some(1));
    assert!(again.stderr().contains("already exists"), "{}", again.stderr());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "never overwritten");

    site.build(&[]).assert_ok();
    assert!(!site.output().join("letters/test.html").exists(), "drafts stay out of a build");
    site.build(&["--drafts"]).assert_ok();
    assert!(site.page("letters/test.html").text(".kind-label").contains("Draft"));
    assert!(site.page("letters/test.html").texts(".meta time").is_empty());
}

/// A running `plenary serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    stdout: Receiver<String>,
    /// Every line printed so far.
    printed: Vec<String>,
}

impl Server {
    fn start(site: &Site, port: u16) -> Self {
        Self::spawn(Command::new(env!("CARGO_BIN_EXE_plenary")).args(Self::args(site, port)))
    }

    /// Started by a shell whose `ulimit -n` caps soft and hard open-file limits alike.
    fn start_with_file_limit(site: &Site, limit: u32) -> Self {
        let serve = format!("ulimit -n {limit} && exec \"$0\" \"$@\"");
        Self::spawn(Command::new("sh").args(["-c", &serve, env!("CARGO_BIN_EXE_plenary")]).args(Self::args(site, 0)))
    }

    fn args(site: &Site, port: u16) -> [String; 5] {
        ["serve".into(), "--root".into(), site.root().to_str().unwrap().into(), "--port".into(), port.to_string()]
    }

    fn spawn(command: &mut Command) -> Self {
        let mut child = command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let (sender, stdout) = mpsc::channel();
        let lines = BufReader::new(child.stdout.take().unwrap());
        std::thread::spawn(move || lines.lines().map_while(Result::ok).for_each(|line| drop(sender.send(line))));
        let mut server = Self { child, port: 0, stdout, printed: Vec::new() };
        // "Serving http://127.0.0.1:PORT/ (drafts included) …"
        let line = server.wait_for_line("Serving http://");
        let address = line.split("http://").nth(1).unwrap().split('/').next().unwrap();
        server.port = address.rsplit(':').next().unwrap().parse().unwrap();
        server
    }

    fn wait_for_line(&mut self, start: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(line) = self.stdout.recv_timeout(Duration::from_millis(100)) {
                self.printed.push(line.clone());
                if line.contains(start) {
                    return line;
                }
            }
        }
        panic!("serve never printed {start:?}; it printed {:?}", self.printed);
    }

    fn get(&self, path: &str) -> (u16, String) {
        get(self.port, path)
    }

    /// The live-reload event stream, as an open page holds it.
    fn live_stream(&self) -> TcpStream {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
        write!(stream, "GET /__plenary/events HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
        stream
    }

    /// The first bytes of the live-reload event stream.
    fn first_event(&self) -> String {
        let mut stream = self.live_stream();
        let mut buffer = vec![0; 4096];
        let mut seen = String::new();
        while !seen.contains("data:") {
            match stream.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(n) => seen.push_str(&String::from_utf8_lossy(&buffer[..n])),
            }
        }
        seen
    }

    fn wait_for_page(&self, path: &str, text: &str) -> Duration {
        self.wait_until(path, &format!("show {text:?}"), |page| page.contains(text))
    }

    /// How long until the page at `path` is as `ready` wants it (as `what` says); at
    /// most 2 seconds.
    fn wait_until(&self, path: &str, what: &str, ready: impl Fn(&str) -> bool) -> Duration {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(2) {
            if ready(&self.get(path).1) {
                return started.elapsed();
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        panic!("{path} did not {what} within 2 seconds: {}", self.get(path).1);
    }

    /// Sends `signal` (as `kill -s` names it) and waits up to 5 seconds for serve to end.
    #[cfg(unix)]
    fn stop(&mut self, signal: &str) -> Option<std::process::ExitStatus> {
        Command::new("kill").args(["-s", signal, &self.child.id().to_string()]).status().ok()?;
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for Server {
    /// Stopped as an editor stops it, so that it removes its copy of the site; killed if
    /// that fails.
    fn drop(&mut self) {
        #[cfg(unix)]
        if self.stop("TERM").is_some() {
            return;
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn serve_rebuilds_on_edit_and_keeps_the_last_good_site_on_a_broken_one() {
    let site = Site::new();
    site.doc("letters/a.md", "First title", "signatories: [X]\ndraft: true", "Original text.");
    let mut server = Server::start(&site, 0);
    let (status, page) = server.get("/letters/a.html");
    assert_eq!(status, 200);
    assert!(page.contains("Original text.") && page.contains("Draft"), "serve includes drafts: {page}");
    assert!(page.contains("<script src=\"/__plenary/live.js\" defer></script>"));

    site.doc("letters/a.md", "First title", "signatories: [X]\ndraft: true", "Edited text.");
    server.wait_for_page("/letters/a.html", "Edited text.");
    // A text edit re-renders the one page, not the site.
    let updated = server.wait_for_line("Updated ");
    assert!(updated.starts_with("Updated letters/a.html in "), "{updated}");

    // A broken edit: the error reaches the terminal and the browser; the old page stays.
    site.write("content/letters/a.md", "---\ntitle: Broken\nkind: letter\ndate: yesterday\n---\nBroken text.\n");
    let deadline = Instant::now() + Duration::from_secs(2);
    let mut event = String::new();
    while Instant::now() < deadline && !event.contains("build-error") {
        std::thread::sleep(Duration::from_millis(50));
        event = server.first_event();
    }
    assert!(event.contains("event: build-error") && event.contains("content/letters/a.md:4:7"), "{event}");
    let (status, page) = server.get("/letters/a.html");
    assert_eq!(status, 200);
    assert!(page.contains("Edited text.") && !page.contains("Broken text."));

    // Fixing it brings the site back.
    site.doc("letters/a.md", "Fixed", "signatories: [X]", "Fixed text.");
    server.wait_for_page("/letters/a.html", "Fixed text.");
    assert!(!site.output().exists(), "serve never writes output/");
}

#[test]
fn serve_follows_a_document_made_undated_and_dated_again() {
    let site = Site::new();
    let letter = |date: &str| {
        format!(
            "---\ntitle: Joint letter on the renewal of the mandate\nkind: letter\n{date}session: HRC52\nsignatories: [FIDH]\n---\n\nWe urge your delegation to support the renewal.\n"
        )
    };
    site.write("content/letters/renewal.md", &letter("date: 2023-02-20\n"));
    site.doc("news/closing.md", "Council closes its session", "session: HRC52", "The last texts were adopted.");
    let server = Server::start(&site, 0);
    assert!(server.get("/atom.xml").1.contains("Joint letter on the renewal"));

    // The source turns out to print no date: the editor takes the inferred one out.
    site.write("content/letters/renewal.md", &letter(""));
    server.wait_for_page("/letters/renewal.html", "Undated");
    assert!(!server.get("/letters/renewal.html").1.contains("2023"));
    // An edit's pages are written one by one: the lists and feeds may follow the page.
    server.wait_until("/atom.xml", "drop the letter", |feed| !feed.contains("Joint letter on the renewal"));
    server.wait_until("/sessions/hrc52.html", "list the letter last", |session| {
        // After the session's dated documents.
        session.find("Council closes") < session.find("Joint letter on the renewal")
    });

    site.write("content/letters/renewal.md", &letter("date: 2023-02-20\n"));
    server.wait_for_page("/letters/renewal.html", "20 February 2023");
    server.wait_for_page("/atom.xml", "Joint letter on the renewal");
    server.wait_for_page("/sessions/hrc52.xml", "Joint letter on the renewal");
}

#[test]
fn pages_requested_while_a_rebuild_swaps_the_site_in_are_never_missing() {
    let site = Site::new();
    for n in 0..20 {
        site.doc(
            &format!("letters/l{n}.md"),
            &format!("Joint letter {n} on reprisals"),
            "signatories: [FIDH]",
            "Text.",
        );
    }
    let mut server = Server::start(&site, 0);
    let port = server.port;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = ["/letters/l3.html", "/letters/", "/", "/style.css"]
        .into_iter()
        .map(|path| {
            let stop = std::sync::Arc::clone(&stop);
            std::thread::spawn(move || {
                let mut missing = Vec::new();
                let mut asked = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let (status, _) = get(port, path);
                    asked += 1;
                    if status != 200 {
                        missing.push(format!("{path}: {status}"));
                    }
                }
                (asked, missing)
            })
        })
        .collect();
    // A site.yaml edit rebuilds the whole site and swaps it in.
    for n in 0..20 {
        site.write(
            "site.yaml",
            &format!("title: Test archive\ndescription: Edit {n}\nbase_url: https://example.org/\n"),
        );
        server.wait_for_line("Built ");
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for reader in readers {
        let (asked, missing) = reader.join().unwrap();
        assert!(asked > 20, "only {asked} requests");
        assert!(missing.is_empty(), "{} of {asked} requests failed: {missing:?}", missing.len());
    }
}

#[test]
fn serve_refuses_paths_out_of_the_site() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Body");
    site.write("secret.txt", "private");
    let server = Server::start(&site, 0);
    for path in
        ["/../secret.txt", "/%2e%2e/secret.txt", "/news/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt", "//etc/passwd"]
    {
        let (status, body) = server.get(path);
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("private"), "{path}");
    }
    assert_eq!(server.get("/__plenary/live.js").0, 200);
    assert_eq!(server.get("/news/a.html").0, 200);
}

#[test]
fn a_taken_port_moves_serve_to_the_next_one_and_says_so() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Body");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let server = Server::start(&site, port);
    assert_ne!(server.port, port);
    let said = format!("Port {port} is in use; serving on port {} instead.", server.port);
    assert!(server.printed.contains(&said), "{:?}", server.printed);
    assert_eq!(server.get("/news/a.html").0, 200);
}

/// Serve builds into a folder of its own under the system's temporary folder; however it
/// is stopped (Ctrl-C, `kill`, the terminal closed), and with a page still open in the
/// browser, it stops at once and that copy of the site goes with it.
#[cfg(unix)]
#[test]
fn stopping_serve_by_ctrl_c_kill_or_hangup_with_a_page_open_ends_it_and_leaves_no_copy() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Body");
    for signal in ["INT", "TERM", "HUP"] {
        let temporary = tempfile::tempdir().unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_plenary"));
        command.args(Server::args(&site, 0)).env("TMPDIR", temporary.path());
        let mut server = Server::spawn(&mut command);
        assert_eq!(server.get("/news/a.html").0, 200);
        let left = || std::fs::read_dir(temporary.path()).unwrap().count();
        assert_eq!(left(), 1, "serve's own copy of the site, under TMPDIR");
        // An open page listens for reloads on a stream that never ends by itself.
        let open_page = server.live_stream();
        let status =
            server.stop(signal).unwrap_or_else(|| panic!("SIG{signal} did not stop serve while a page was open"));
        drop(open_page);
        assert_eq!(left(), 0, "SIG{signal} left the site copy behind (serve ended with {status})");
    }
}

#[test]
fn build_output_never_carries_the_live_reload_script() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Body");
    site.build(&[]).assert_ok();
    for entry in walkdir::WalkDir::new(site.output()) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).unwrap();
            assert!(!String::from_utf8_lossy(&bytes).contains("__plenary"), "{}", entry.path().display());
        }
    }
}

#[test]
fn serve_survives_500_concurrent_requests_while_slow_clients_hold_connections() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Body");
    let server = Server::start(&site, 0);
    let port = server.port;

    // Slow clients: half a request line, then nothing, held open throughout.
    let slow: Vec<TcpStream> = (0..50)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
            stream.write_all(b"GET /news/a.html HT").unwrap();
            stream
        })
        .collect();

    let started = Instant::now();
    let outcomes = burst(port, 500);
    let failures: Vec<&String> = outcomes.iter().filter(|outcome| *outcome != "HTTP/1.1 200 OK").collect();
    assert!(failures.is_empty(), "{} of 500 requests failed: {failures:?}", failures.len());
    assert!(started.elapsed() < Duration::from_secs(30), "took {:?}", started.elapsed());
    // Still serving normally with the slow clients connected.
    assert_eq!(server.get("/news/a.html").0, 200);
    drop(slow);
}

#[test]
fn serve_out_of_file_descriptors_never_calls_a_page_missing() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Body");
    // Too few for 300 connections and their files at once: some reads must fail.
    let server = Server::start_with_file_limit(&site, 120);
    let outcomes = burst(server.port, 300);
    let wrong: Vec<&String> = outcomes
        .iter()
        .filter(|outcome| !matches!(outcome.as_str(), "HTTP/1.1 200 OK" | "HTTP/1.1 503 Service Unavailable"))
        .collect();
    assert!(wrong.is_empty(), "an existing page is answered 200, or 503 to retry: {wrong:?}");
    assert_eq!(server.get("/news/a.html").0, 200, "serving normally once the burst is over");
}

/// `(status, body)` of a GET, spoken by hand so the test needs no HTTP client.
fn get(port: u16, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split(' ').nth(1).unwrap().parse().unwrap();
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    (status, body)
}

/// The status line each of `count` simultaneous GETs got, or the client's error.
fn burst(port: u16, count: usize) -> Vec<String> {
    // The test's own sockets must not be what runs out.
    #[cfg(unix)]
    rlimit::increase_nofile_limit(u64::MAX).unwrap();
    let workers: Vec<_> = (0..count)
        .map(|n| {
            std::thread::spawn(move || {
                let path = if n % 5 == 0 { "/style.css" } else { "/news/a.html" };
                let outcome = || -> std::io::Result<String> {
                    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
                    stream.set_read_timeout(Some(Duration::from_secs(20)))?;
                    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")?;
                    let mut response = String::new();
                    stream.read_to_string(&mut response)?;
                    Ok(response.lines().next().unwrap_or("(empty response)").to_owned())
                };
                outcome().unwrap_or_else(|error| format!("{error:?}"))
            })
        })
        .collect();
    workers.into_iter().map(|worker| worker.join().unwrap()).collect()
}

//! The command line: parses arguments, runs a command, reports at the edge.

use std::io::{IsTerminal as _, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::diagnostics::{Diagnostic, Level};
use crate::model::{Kind, Lang};
use crate::pipeline::{self, BuildOptions};
use crate::progress::Progress;

/// Plenary builds a cross-linked website from an archive of advocacy documents
/// (letters, joint statements, annexes, reports, news and vote records) written
/// as Markdown files with YAML front matter.
#[derive(Debug, Parser)]
#[command(name = "plenary", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into the output folder (by default `output/`).
    ///
    /// The new site is written beside the old one and swapped in only when the
    /// whole build has succeeded; on any error the previous output stays as it was.
    Build {
        /// The site folder: the one holding site.yaml, content/ and data/.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// Where to write the site, instead of `output_dir` from site.yaml.
        #[arg(long, value_name = "DIR")]
        output: Option<PathBuf>,
        /// The address the site is published at, instead of `base_url` from
        /// site.yaml; may include a path, such as https://org.github.io/archive/.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Include documents marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Print only warnings and errors, not the summary line.
        #[arg(long, short)]
        quiet: bool,
        /// Print how long each stage of the build took, the processor time it used, and the
        /// peak memory after it.
        #[arg(long)]
        timings: bool,
    },
    /// Build the site with its drafts, serve it, and rebuild and reload on every change.
    ///
    /// Watches content/, data/, themes/ and site.yaml. A file that breaks the build
    /// is reported here and over the page in the browser, while the last good build
    /// stays served. Builds into a temporary folder: output/ is left alone.
    Serve {
        /// The site folder: the one holding site.yaml, content/ and data/.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// The address to listen on; only this machine by default.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// The port; when it is in use the next free one is taken, and said so.
        #[arg(long, default_value_t = 1111)]
        port: u16,
    },
    /// Start a new, empty archive: site.yaml, content/, data/, a README for editors
    /// and the GitHub Pages workflow.
    ///
    /// The folder must be new or empty (a `.git` aside). The archive builds as it is;
    /// edit the title and address in site.yaml.
    Init {
        /// The folder to create the archive in.
        #[arg(value_name = "DIR", default_value = ".")]
        dir: PathBuf,
    },
    /// Create a new document: content/<section>/<today>-<slug>.md, marked as a draft.
    ///
    /// Prints the new file's path. Never overwrites an existing file.
    New {
        /// letter, statement, annex, report, news or vote.
        kind: Kind,
        /// The document's title; the file name is made from it.
        title: String,
        /// The language it is written in, when not the site's: ar, en, es, fr, ru or zh.
        #[arg(long, value_name = "CODE", value_parser = parse_language)]
        language: Option<Lang>,
        /// The site folder: the one holding site.yaml, content/ and data/.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
    },
    /// Check the whole archive without writing anything.
    ///
    /// Runs every stage of a build (front matter, links and anchors, citations,
    /// votes, templates) and prints each problem as `file:line:col: level: message`,
    /// then a summary. Exits with 0 when there is no error, 1 otherwise.
    Check {
        /// The site folder: the one holding site.yaml, content/ and data/.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// Check documents marked `draft: true` too.
        #[arg(long)]
        drafts: bool,
        /// Count warnings as errors.
        #[arg(long)]
        strict: bool,
        /// `human` (with the source line under each problem) or `json`, for editors' tools.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Human,
    Json,
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { root, output, base_url, drafts, quiet, timings } => {
            let options = BuildOptions { root, output, base_url, drafts };
            build(&options, quiet, timings)
        }
        Command::Serve { root, bind, port } => {
            match crate::serve::run(&crate::serve::ServeOptions { root, bind, port }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("error: {error}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Init { dir } => init(&dir),
        Command::New { kind, title, language, root } => {
            let today = time::OffsetDateTime::now_utc().date();
            match crate::new::create(&root, kind, &title, today, language) {
                Ok(path) => {
                    println!("{}", path.display());
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("error: {error}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Check { root, drafts, strict, format } => {
            let options = BuildOptions { root, drafts, ..BuildOptions::default() };
            check(&options, strict, format)
        }
    }
}

fn parse_language(code: &str) -> Result<Lang, String> {
    Lang::parse(code).map_err(|e| e.to_string())
}

fn init(dir: &std::path::Path) -> ExitCode {
    match crate::init::create(dir) {
        Ok(written) => {
            println!("Created a new archive in {}:", dir.display());
            for path in &written {
                println!("  {}", path.display());
            }
            println!(
                "Next: edit the title and base_url in site.yaml, then `plenary new letter \"A title\"` and `plenary serve`."
            );
            println!("README.md says how to publish it on GitHub Pages.");
            if !crate::init::REPOSITORY_KNOWN {
                println!("Before publishing, set PLENARY_REPOSITORY at the top of .github/workflows/pages.yml.");
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn check(options: &BuildOptions, strict: bool, format: Format) -> ExitCode {
    let (documents, mut diagnostics) = pipeline::check(options);
    if strict {
        for diagnostic in &mut diagnostics {
            diagnostic.level = Level::Error;
        }
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    match format {
        Format::Human => {
            report_all(&diagnostics);
            let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
            println!(
                "Checked {}: {}, {}.",
                plural(documents, "document"),
                plural(errors, "error"),
                plural(warnings, "warning")
            );
        }
        Format::Json => {
            let report = serde_json::json!({
                "documents": documents,
                "errors": errors,
                "warnings": warnings,
                "diagnostics": diagnostics.iter().map(|d| serde_json::json!({
                    "file": d.file.display().to_string(),
                    "line": d.line,
                    "column": d.column,
                    "level": if d.is_error() { "error" } else { "warning" },
                    "message": d.message,
                })).collect::<Vec<_>>(),
            });
            println!("{report:#}");
        }
    }
    if errors == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn build(options: &BuildOptions, quiet: bool, timings: bool) -> ExitCode {
    let progress = BuildProgress::new(quiet, timings);
    let result = pipeline::build_once(options, &progress).map(|(worked_out, report)| {
        // The process ends here: freeing every document, page and index one allocation
        // at a time, on one core, would only delay its exit (109 million instructions at
        // 10,000 documents); the system takes the memory back at once.
        std::mem::forget(worked_out);
        report
    });
    progress.finish();
    match result {
        Ok(report) => {
            report_all(&report.warnings);
            if !quiet {
                println!(
                    "Built {} pages from {} documents into {} in {} ms{}",
                    report.pages,
                    report.documents,
                    report.output_dir.display(),
                    report.elapsed.as_millis(),
                    match report.warnings.len() {
                        0 => String::new(),
                        n => format!(" ({n} warning{})", if n == 1 { "" } else { "s" }),
                    }
                );
            }
            ExitCode::SUCCESS
        }
        Err(failure) => {
            report_all(&failure.0);
            let errors = failure.0.iter().filter(|d| d.is_error()).count();
            eprintln!(
                "Build failed with {errors} error{}; the previous output was left as it was.",
                if errors == 1 { "" } else { "s" }
            );
            ExitCode::FAILURE
        }
    }
}

fn report_all(diagnostics: &[Diagnostic]) {
    let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut stderr = std::io::stderr().lock();
    for diagnostic in diagnostics {
        let _ = writeln!(stderr, "{}", diagnostic.render_styled(colour));
    }
}

/// Builds of this many items or more show their progress; smaller ones are over first.
const SHOW_PROGRESS_FROM: usize = 300;

/// A bar on a terminal, a line per stage elsewhere, nothing with `--quiet`.
struct BuildProgress {
    bar: Option<ProgressBar>,
    lines: bool,
    /// With `--timings`: the stage under way.
    timings: Option<std::sync::Mutex<Option<StageStart>>>,
}

impl BuildProgress {
    fn new(quiet: bool, timings: bool) -> Self {
        let terminal = std::io::stderr().is_terminal();
        let bar = (!quiet && terminal).then(|| {
            let style = ProgressStyle::with_template("{msg:>13} [{bar:40}] {pos}/{len}")
                .map(|style| style.progress_chars("=> "))
                .unwrap_or_else(|_| ProgressStyle::default_bar());
            ProgressBar::hidden().with_style(style)
        });
        Self { bar, lines: !quiet && !terminal, timings: timings.then(|| std::sync::Mutex::new(None)) }
    }

    /// Reports how long the stage under way took, and starts timing `next`.
    fn time(&self, next: Option<&'static str>) {
        let Some(timings) = &self.timings else { return };
        let mut current = timings.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let cpu = CpuTime::read();
        if let Some(StageStart { name, at, cpu: then }) = current.take() {
            let peak = peak_memory_mb().map(|mb| format!(", peak memory {mb:>5} MB")).unwrap_or_default();
            let used = then.zip(cpu).map(|(then, now)| now.since(then)).unwrap_or_default();
            eprintln!("{name:>20}: {:>7.1} ms{used}{peak}", at.elapsed().as_secs_f64() * 1000.0);
        }
        *current = next.map(|name| StageStart { name, at: std::time::Instant::now(), cpu });
    }
}

/// A stage of the build, when it began and the processor time used by then.
struct StageStart {
    name: &'static str,
    at: std::time::Instant,
    cpu: Option<CpuTime>,
}

/// The CPU time the process has used, where the system says (Linux): a stage's wall
/// time alone hides whether its time went to its own work or to the kernel's.
#[derive(Debug, Clone, Copy)]
struct CpuTime {
    user: u64,
    system: u64,
}

impl CpuTime {
    /// Linux reports both in USER_HZ ticks, a hundredth of a second on every platform.
    const TICKS_PER_SECOND: f64 = 100.0;

    fn read() -> Option<Self> {
        let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        // The command name, in parentheses, may hold spaces: fields are counted after it.
        let mut fields = stat.rsplit_once(')')?.1.split_whitespace().skip(11);
        Some(Self { user: fields.next()?.parse().ok()?, system: fields.next()?.parse().ok()? })
    }

    fn since(self, then: Self) -> String {
        let ms = |ticks: u64| ticks as f64 * 1000.0 / Self::TICKS_PER_SECOND;
        format!(
            " (CPU: user {:>6.0} ms, system {:>5.0} ms)",
            ms(self.user.saturating_sub(then.user)),
            ms(self.system.saturating_sub(then.system))
        )
    }
}

/// The most memory the process has held so far, where the system says (Linux).
fn peak_memory_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kilobytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes / 1024)
}

impl Progress for BuildProgress {
    fn stage(&self, name: &'static str, total: usize) {
        self.time(Some(name));
        let shown = total >= SHOW_PROGRESS_FROM;
        if let Some(bar) = &self.bar {
            bar.set_draw_target(if shown { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() });
            bar.set_length(total as u64);
            bar.set_position(0);
            bar.set_message(name);
        } else if self.lines && shown {
            eprintln!("{name}: {total}");
        }
    }

    fn advance(&self, done: usize) {
        if let Some(bar) = &self.bar {
            bar.inc(done as u64);
        }
    }

    fn finish(&self) {
        self.time(None);
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

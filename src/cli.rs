//! The command line: parses arguments, runs a command, reports at the edge.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::diagnostics::Diagnostic;
use crate::pipeline::{self, BuildOptions};

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
    },
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { root, output, base_url, drafts, quiet } => {
            let options = BuildOptions { root, output, base_url, drafts };
            build(&options, quiet)
        }
    }
}

fn build(options: &BuildOptions, quiet: bool) -> ExitCode {
    match pipeline::build(options) {
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
    let mut stderr = std::io::stderr().lock();
    for diagnostic in diagnostics {
        let _ = writeln!(stderr, "{}", diagnostic.render());
    }
}

//! Stage four: every page of the site, rendered through the theme's Tera templates.

mod theme;
mod views;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::archive::{Archive, DocId};
use crate::config::SiteConfig;
use crate::diagnostics::Diagnostic;
use crate::model::Kind;
use crate::output::OutputFile;

pub use theme::Theme;
pub use views::Urls;
use views::{SiteView, TermCount, cards, doc_page};

/// How many documents the home page shows.
const LATEST: usize = 10;

/// The compiled templates and what every page shares.
#[derive(Debug)]
pub struct Renderer {
    tera: Tera,
    theme: Theme,
    site: SiteView,
    urls: Urls,
}

/// One page to render: its path below the output root, template and own variables.
struct Job {
    path: String,
    template: &'static str,
    title: String,
    context: Context,
}

impl Renderer {
    pub fn new(
        theme: Theme,
        config: &SiteConfig,
        urls: Urls,
        archive: &Archive,
    ) -> Result<Self, Diagnostic> {
        let mut tera = Tera::default();
        let sources: Vec<(&str, &str)> = theme
            .templates
            .iter()
            .map(|(name, (_, source))| (name.as_str(), source.as_str()))
            .collect();
        tera.add_raw_templates(sources).map_err(|error| {
            let file = theme
                .templates
                .iter()
                .find(|(name, _)| error.to_string().contains(name.as_str()))
                .map(|(_, (f, _))| f.clone());
            Diagnostic::error(
                &file.unwrap_or_else(|| "themes".into()),
                0,
                tera_message(&error),
            )
        })?;
        let site = SiteView::new(config, &urls, archive);
        Ok(Self {
            tera,
            theme,
            site,
            urls,
        })
    }

    /// Every page and asset of the site; `bodies[id]` is document `id`'s rendered body.
    pub fn render_site(
        &self,
        archive: &Archive,
        bodies: Vec<String>,
    ) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
        let mut jobs = self.index_jobs(archive);
        jobs.extend(
            bodies
                .into_iter()
                .enumerate()
                .map(|(id, body)| self.document_job(archive, id, body)),
        );
        let rendered: Vec<Result<OutputFile, Diagnostic>> =
            jobs.into_par_iter().map(|job| self.render(job)).collect();
        let mut files = Vec::with_capacity(rendered.len() + self.theme.static_files.len() + 1);
        let mut errors = Vec::new();
        for result in rendered {
            match result {
                Ok(file) => files.push(file),
                Err(error) => errors.push(error),
            }
        }
        if !errors.is_empty() {
            errors.dedup_by(|a, b| a.message == b.message);
            return Err(errors);
        }
        files.extend(
            self.theme
                .static_files
                .iter()
                .map(|(path, bytes)| OutputFile::new(path.clone(), bytes.clone())),
        );
        files.push(OutputFile::new(
            "highlight.css".into(),
            crate::markdown::highlight_stylesheet().into_bytes(),
        ));
        Ok(files)
    }

    fn render(&self, job: Job) -> Result<OutputFile, Diagnostic> {
        let mut context = job.context;
        context.insert("site", &self.site);
        context.insert("page_title", &job.title);
        context.insert(
            "page_path",
            &self.urls.path(job.path.trim_end_matches("index.html")),
        );
        let html = self.tera.render(job.template, &context).map_err(|error| {
            let file = self
                .theme
                .templates
                .get(job.template)
                .map_or_else(|| job.template.into(), |(file, _)| file.clone());
            Diagnostic::error(
                &file,
                0,
                format!("while rendering {}: {}", job.path, tera_message(&error)),
            )
        })?;
        Ok(OutputFile::new(job.path, html.into_bytes()))
    }

    fn document_job(&self, archive: &Archive, id: DocId, body: String) -> Job {
        let doc = &archive.documents[id];
        Job {
            path: format!("{}index.html", doc.path()),
            template: "page.html",
            title: doc.title.clone(),
            context: context_with("page", &doc_page(archive, &self.urls, id, body)),
        }
    }

    fn index_jobs(&self, archive: &Archive) -> Vec<Job> {
        let urls = &self.urls;
        let mut jobs = Vec::new();

        let mut home = Context::new();
        let latest: Vec<DocId> = (0..archive.documents.len().min(LATEST)).collect();
        home.insert("latest", &cards(archive, urls, &latest));
        home.insert("sessions", &self.session_counts(archive));
        home.insert("kinds", &kind_counts(archive, urls));
        home.insert("document_count", &archive.documents.len());
        jobs.push(Job {
            path: "index.html".into(),
            template: "home.html",
            title: self.site.title.clone(),
            context: home,
        });

        for (&kind, ids) in &archive.by_kind {
            let mut list = Context::new();
            list.insert("heading", kind.plural_label());
            list.insert("documents", &cards(archive, urls, ids));
            jobs.push(Job {
                path: format!("{}/index.html", kind.section()),
                template: "list.html",
                title: kind.plural_label().into(),
                context: list,
            });
        }

        jobs.push(term_list(
            "sessions",
            "Sessions",
            &self.session_counts(archive),
        ));
        for (session, ids) in &archive.by_session {
            let title = archive
                .registries
                .sessions
                .get(session)
                .and_then(|info| info.title.clone());
            jobs.push(
                TermPage {
                    taxonomy: "Session",
                    name: session.to_string(),
                    notes: title.into_iter().collect(),
                    documents: cards(archive, urls, ids),
                }
                .job(format!("sessions/{}/index.html", session.slug())),
            );
        }

        let signatories: Vec<TermCount> = archive
            .signatories
            .values()
            .map(|s| TermCount {
                name: s.organisation.name.clone(),
                url: urls.signatory(s.organisation.slug.as_str()),
                count: s.documents.len(),
            })
            .collect();
        jobs.push(term_list("signatories", "Signatories", &signatories));
        for signatory in archive.signatories.values() {
            let also: Vec<String> = signatory
                .printed_as
                .iter()
                .filter(|p| **p != signatory.organisation.name)
                .cloned()
                .collect();
            let notes = if also.is_empty() {
                Vec::new()
            } else {
                vec![format!("Also printed as: {}", also.join("; "))]
            };
            jobs.push(
                TermPage {
                    taxonomy: "Signatory",
                    name: signatory.organisation.name.clone(),
                    notes,
                    documents: cards(archive, urls, &signatory.documents),
                }
                .job(format!(
                    "signatories/{}/index.html",
                    signatory.organisation.slug
                )),
            );
        }

        let tags: Vec<TermCount> = archive
            .tags
            .iter()
            .map(|(slug, t)| TermCount {
                name: t.name.clone(),
                url: urls.tag(slug.as_str()),
                count: t.documents.len(),
            })
            .collect();
        jobs.push(term_list("tags", "Tags", &tags));
        for (slug, tag) in &archive.tags {
            jobs.push(
                TermPage {
                    taxonomy: "Tag",
                    name: tag.name.clone(),
                    notes: Vec::new(),
                    documents: cards(archive, urls, &tag.documents),
                }
                .job(format!("tags/{slug}/index.html")),
            );
        }

        jobs.push(Job {
            path: "404.html".into(),
            template: "404.html",
            title: "Page not found".into(),
            context: Context::new(),
        });
        jobs
    }

    fn session_counts(&self, archive: &Archive) -> Vec<TermCount> {
        // Newest session first: readers come for the current one.
        archive
            .by_session
            .iter()
            .rev()
            .map(|(session, ids)| TermCount {
                name: session.to_string(),
                url: self.urls.session(session),
                count: ids.len(),
            })
            .collect()
    }
}

fn kind_counts(archive: &Archive, urls: &Urls) -> Vec<TermCount> {
    Kind::ALL
        .iter()
        .filter_map(|&kind| {
            let ids = archive.by_kind.get(&kind)?;
            Some(TermCount {
                name: kind.plural_label().into(),
                url: urls.kind(kind),
                count: ids.len(),
            })
        })
        .collect()
}

fn context_with<T: Serialize + ?Sized>(key: &str, value: &T) -> Context {
    let mut context = Context::new();
    context.insert(key, value);
    context
}

fn term_list(section: &str, heading: &str, terms: &[TermCount]) -> Job {
    let mut context = Context::new();
    context.insert("heading", heading);
    context.insert("terms", terms);
    Job {
        path: format!("{section}/index.html"),
        template: "taxonomy_list.html",
        title: heading.into(),
        context,
    }
}

/// A session, signatory or tag page: the documents filed under one term.
struct TermPage {
    taxonomy: &'static str,
    name: String,
    notes: Vec<String>,
    documents: Vec<views::DocCard>,
}

impl TermPage {
    fn job(self, path: String) -> Job {
        let mut context = Context::new();
        context.insert("taxonomy", self.taxonomy);
        context.insert("name", &self.name);
        context.insert("notes", &self.notes);
        context.insert("documents", &self.documents);
        Job {
            path,
            template: "taxonomy.html",
            title: format!("{} ({})", self.name, self.taxonomy),
            context,
        }
    }
}

/// Tera nests the real cause a few errors deep; editors need all of it on one line.
fn tera_message(error: &tera::Error) -> String {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

//! Plenary: a static site generator for human-rights advocacy briefing archives.
//!
//! The build flows one way, one module per stage:
//! [`load`] → [`archive`] (resolve) → [`markdown`] → [`votes`] (with the [`citations`]
//! index) → [`routes`] → [`render`] → [`output`] (write), orchestrated by [`pipeline`].
//! [`routes`] alone makes page paths and URLs. [`serve`] rebuilds only what an edit
//! changes; [`new`] and [`init`] write an editor's files. [`model`] holds the domain
//! types, [`registry`] the data files, [`diagnostics`] the single shape of every
//! reported problem.

pub mod archive;
pub mod citations;
pub mod cli;
pub mod config;
pub mod diagnostics;
pub mod i18n;
pub mod init;
pub mod load;
pub mod markdown;
pub mod model;
pub mod new;
pub mod output;
pub mod pipeline;
pub mod progress;
pub mod registry;
pub mod render;
pub mod routes;
pub mod search;
pub mod serve;
pub mod votes;
pub mod yaml;

//! Plenary: a static site generator for human-rights advocacy briefing archives.
//!
//! The build flows one way, one module per stage:
//! [`load`] → [`archive`] (resolve) → [`markdown`] (with [`citations`]) → [`votes`] →
//! [`routes`] → [`render`] → [`output`] (write), orchestrated by [`pipeline`]. [`routes`]
//! is the only owner of page paths and URLs. [`model`] holds the domain types,
//! [`registry`] the data files, [`diagnostics`] the single shape of every reported
//! problem; [`serve`] keeps a built site in memory and rebuilds what an edit touches.

pub mod archive;
pub mod citations;
pub mod cli;
pub mod config;
pub mod diagnostics;
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

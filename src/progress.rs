//! How a long build tells its caller where it is. The pipeline reports stages; the
//! command line decides how (or whether) to show them.

/// Told of each stage of a build and of the work done in it.
pub trait Progress: Sync {
    /// A stage begins, with `total` items of work.
    fn stage(&self, _name: &'static str, _total: usize) {}
    /// `done` more items of the current stage are finished.
    fn advance(&self, _done: usize) {}
    fn finish(&self) {}
}

/// Shows nothing: for `check`, `serve` and tests.
#[derive(Debug, Default, Clone, Copy)]
pub struct Silent;

impl Progress for Silent {}

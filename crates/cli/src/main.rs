//! `etapp`: the command line over `etapp-core`.
fn main() {}

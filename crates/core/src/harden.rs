//! Process hardening that protects the plaintext held in memory.
//!
//! While the vault is open the decrypted record and the key sit in this
//! process's memory. A core dump would write them to disk in the clear, so
//! every Etapp process turns core dumps off before it opens anything.

/// Turns off core dumps for this process (and, on Linux, marks it not
/// dumpable, which also keeps other same-user processes from attaching a
/// debugger). Returns whether it succeeded; failure is not fatal, but the
/// caller may say so in its log.
pub fn disable_core_dumps() -> bool {
    #[cfg(unix)]
    {
        use rustix::process::{setrlimit, Resource, Rlimit};
        let limit = Rlimit {
            current: Some(0),
            maximum: Some(0),
        };
        let ok = setrlimit(Resource::Core, limit).is_ok();
        #[cfg(any(target_os = "linux", target_os = "android"))]
        let ok = ok
            && rustix::process::set_dumpable_behavior(
                rustix::process::DumpableBehavior::NotDumpable,
            )
            .is_ok();
        ok
    }
    #[cfg(not(unix))]
    {
        // Windows writes no core dumps unless Windows Error Reporting is set
        // up to collect full dumps; nothing to switch off per process.
        true
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn core_dumps_are_off_after_disabling() {
        assert!(super::disable_core_dumps());
        #[cfg(unix)]
        {
            let lim = rustix::process::getrlimit(rustix::process::Resource::Core);
            assert_eq!(lim.current, Some(0));
        }
    }
}

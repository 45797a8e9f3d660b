//! Memory and CPU time of a process and everything it started, from
//! Linux's /proc.
//!
//! A Tauri app on Linux is three processes: the app itself (Rust, GTK and
//! the WebKit UI side) and the WebKitWebProcess and WebKitNetworkProcess it
//! starts. The app's own RSS shows what Etapp adds to its process; the sum
//! over all three is what the machine pays. RSS counts each shared library
//! page in every process that maps it, so the sum of RSS overstates; PSS
//! (proportional set size, from `smaps_rollup`) divides shared pages among
//! the processes sharing them, so the sum of PSS is the honest total — on
//! a machine where nothing else maps the same libraries. Other WebKit apps
//! running at the same time take their share of those pages and lower the
//! PSS measured here (never the RSS). Private memory (pages mapped by this
//! process only: what ending it frees) does not depend on other processes.
//!
//! CPU time (user + system) says where start-up work happens: in the app's
//! own process (Rust, GTK) or in WebKit's (the page: scripts, styles,
//! fonts, layout).

/// Clock ticks per second in /proc/PID/stat: USER_HZ, which Linux fixes at
/// 100 for user space on every common architecture.
const TICKS_PER_SECOND: f64 = 100.0;
use std::collections::HashMap;
use std::path::Path;

/// Memory (KiB) and CPU time (ms) of one process.
#[derive(Clone, Debug)]
pub struct ProcessUsage {
    pub name: String,
    pub cpu_ms: f64,
    pub rss_kib: u64,
    /// `None` when `smaps_rollup` cannot be read (an old kernel, or a
    /// process of another user); so is `private_kib`.
    pub pss_kib: Option<u64>,
    pub private_kib: Option<u64>,
}

/// Usage of a process tree: the root first, then its descendants.
#[derive(Clone, Debug)]
pub struct TreeUsage {
    pub processes: Vec<ProcessUsage>,
}

impl TreeUsage {
    pub fn root(&self) -> &ProcessUsage {
        &self.processes[0]
    }

    /// CPU time of the descendants only.
    pub fn descendants_cpu_ms(&self) -> f64 {
        self.processes[1..].iter().map(|p| p.cpu_ms).sum()
    }

    pub fn total_rss_kib(&self) -> u64 {
        self.processes.iter().map(|p| p.rss_kib).sum()
    }

    /// `None` unless every process's PSS was readable.
    pub fn total_pss_kib(&self) -> Option<u64> {
        self.processes.iter().map(|p| p.pss_kib).sum()
    }

    /// `None` unless every process's private memory was readable.
    pub fn total_private_kib(&self) -> Option<u64> {
        self.processes.iter().map(|p| p.private_kib).sum()
    }
}

/// Measures `pid` and all its living descendants.
pub fn tree(pid: u32) -> std::io::Result<TreeUsage> {
    let mut processes = Vec::new();
    for p in std::iter::once(pid).chain(descendants(pid)?) {
        // A process may end between listing and reading; skip it then,
        // except the root, whose absence is an error.
        match process(p) {
            Ok(m) => processes.push(m),
            Err(e) if p == pid => return Err(e),
            Err(_) => {}
        }
    }
    Ok(TreeUsage { processes })
}

/// Every living descendant of `pid` (children, their children, …).
pub fn descendants(pid: u32) -> std::io::Result<Vec<u32>> {
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    for entry in std::fs::read_dir("/proc")? {
        let Some(p) = entry?.file_name().to_str().and_then(|s| s.parse().ok()) else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) else {
            continue;
        };
        if let Some(s) = parse_stat(&stat) {
            if s.state != 'Z' {
                children.entry(s.ppid).or_default().push(p);
            }
        }
    }
    let mut out = Vec::new();
    let mut stack = vec![pid];
    while let Some(p) = stack.pop() {
        for &c in children.get(&p).into_iter().flatten() {
            out.push(c);
            stack.push(c);
        }
    }
    Ok(out)
}

/// How many running processes, of anyone, have a name starting with
/// `prefix`.
pub fn count_named(prefix: &str) -> usize {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return 0;
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|&p| alive(p))
        .filter(|p| {
            std::fs::read_to_string(format!("/proc/{p}/comm"))
                .is_ok_and(|name| name.starts_with(prefix))
        })
        .count()
}

/// Whether `pid` still runs (exists and is not a zombie).
pub fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| parse_stat(&s))
        .is_some_and(|s| s.state != 'Z')
}

fn process(pid: u32) -> std::io::Result<ProcessUsage> {
    let dir = Path::new("/proc").join(pid.to_string());
    let stat = parse_stat(&std::fs::read_to_string(dir.join("stat"))?)
        .ok_or_else(|| std::io::Error::other(format!("unreadable /proc/{pid}/stat")))?;
    let status = std::fs::read_to_string(dir.join("status"))?;
    let rss_kib = kib_field(&status, "VmRSS:").unwrap_or(0);
    let name = status
        .lines()
        .find_map(|l| l.strip_prefix("Name:"))
        .unwrap_or("?")
        .trim()
        .to_owned();
    let rollup = std::fs::read_to_string(dir.join("smaps_rollup")).ok();
    let rollup_field = |key| rollup.as_deref().and_then(|s| kib_field(s, key));
    let pss_kib = rollup_field("Pss:");
    let private_kib = rollup_field("Private_Clean:")
        .zip(rollup_field("Private_Dirty:"))
        .map(|(c, d)| c + d);
    Ok(ProcessUsage {
        name,
        cpu_ms: stat.cpu_ticks as f64 * 1e3 / TICKS_PER_SECOND,
        rss_kib,
        pss_kib,
        private_kib,
    })
}

/// What is used of a `/proc/PID/stat` line.
#[derive(Debug, PartialEq)]
struct Stat {
    state: char,
    ppid: u32,
    /// utime + stime.
    cpu_ticks: u64,
}

/// Reads a `/proc/PID/stat` line. The command name (field 2) is in
/// parentheses and may itself contain spaces and parentheses, so the
/// fields are counted from the last `)`: state is field 3, ppid 4, utime
/// 14 and stime 15.
fn parse_stat(stat: &str) -> Option<Stat> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let field = |n: usize| fields.get(n - 3).copied();
    let ticks = |n: usize| field(n).and_then(|f| f.parse::<u64>().ok());
    Some(Stat {
        state: field(3)?.chars().next()?,
        ppid: field(4)?.parse().ok()?,
        cpu_ticks: ticks(14)? + ticks(15)?,
    })
}

/// The number in a line like `VmRSS:    147032 kB`.
fn kib_field(text: &str, key: &str) -> Option<u64> {
    text.lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_stat_past_odd_names() {
        let line = "4242 (Web (Content) x) S 4200 4242 4242 0 -1 4194560 1 0 0 0 27 5 0 0 20";
        let want = Stat {
            state: 'S',
            ppid: 4200,
            cpu_ticks: 32,
        };
        assert_eq!(parse_stat(line), Some(want));
        assert_eq!(parse_stat("garbage"), None);
        assert_eq!(parse_stat("1 (short) S 0 1"), None);
    }

    #[test]
    fn reads_kib_fields() {
        let status = "Name:\tapp\nVmRSS:\t  147032 kB\nRssAnon: 1 kB\n";
        assert_eq!(kib_field(status, "VmRSS:"), Some(147032));
        assert_eq!(kib_field(status, "Pss:"), None);
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn measures_this_process() {
        let me = tree(std::process::id()).unwrap();
        assert!(me.root().rss_kib > 0);
        assert!(alive(std::process::id()));
    }

    #[test]
    fn totals_need_every_pss() {
        let p = |pss| ProcessUsage {
            name: "p".into(),
            cpu_ms: 5.0,
            rss_kib: 10,
            pss_kib: pss,
            private_kib: pss,
        };
        let t = TreeUsage {
            processes: vec![p(Some(4)), p(Some(5))],
        };
        assert_eq!((t.total_rss_kib(), t.total_pss_kib()), (20, Some(9)));
        assert_eq!(t.total_private_kib(), Some(9));
        assert_eq!(t.descendants_cpu_ms(), 5.0);
        let t = TreeUsage {
            processes: vec![p(Some(4)), p(None)],
        };
        assert_eq!((t.total_pss_kib(), t.total_private_kib()), (None, None));
    }
}

//! An empty Tauri v2 window showing one static page: the floor of what any
//! Tauri app costs in start time, memory and binary size on this machine.
//! See docs/PERFORMANCE.md.

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the baseline window starts");
}

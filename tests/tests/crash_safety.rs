//! The crash harness, short: the writer killed with SIGKILL 40 times at random moments,
//! and after each kill the database sound, every acknowledged write there, the vault
//! without orphan or missing file. `cargo xtask crash` runs it 1,000 times with figures.

use std::path::PathBuf;

#[test]
fn writes_acknowledged_before_a_kill_survive_it_and_nothing_is_left_half_done() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("crash-safety");
    let writer = PathBuf::from(env!("CARGO_BIN_EXE_crash-writer"));
    let report =
        postulo_e2e::crash::run(&writer, &dir, 40, 20261123).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.kills, 40);
    // Every kill was followed by a check, and everything was checked again at the end.
    assert_eq!(report.checks, report.kills + 1);
    assert!(report.final_check_writes > 0);
    // Writes of every kind were acknowledged, then checked after each later kill.
    for kind in ["create", "update", "attach", "export"] {
        assert!(
            report.acknowledged.get(kind).copied().unwrap_or(0) > 0,
            "no {kind} acknowledged in 40 runs: {report:?}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

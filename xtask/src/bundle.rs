//! `cargo xtask bundle`: the installers this machine can build. On Linux that is the .deb
//! (the Tauri bundler makes it offline; the AppImage needs tools it downloads, so CI builds
//! it, see .github/workflows/release.yml). On Windows, the NSIS and MSI installers.

use std::path::{Path, PathBuf};

use crate::{cmd, e2e, system, ui, Result};

pub fn run() -> Result {
    system::ensure(system::Purpose::Run)?;
    ui::install()?;
    ui::build()?;
    let bundles = if cfg!(windows) { "nsis,msi" } else { "deb" };
    let cli = tauri_cli()?;
    cmd::new(&cli, &["build", "--bundles", bundles, "--ci"]).run()?;
    if cfg!(windows) {
        println!(
            "Installers in {}",
            e2e::target_dir().join("release").join("bundle").display()
        );
        return Ok(());
    }
    let deb = debian_package()?;
    report(&deb)
}

/// The Tauri CLI, pinned, from npm (a prebuilt binary per platform) into the target folder.
/// Not a dependency of the UI: its lock file would have to list the binaries of every
/// platform, and `npm ci` refuses a lock without them where a registry lacks some.
fn tauri_cli() -> Result<String> {
    let prefix = e2e::target_dir().join("tauri-cli");
    let bin = prefix
        .join("node_modules")
        .join(".bin")
        .join(if cfg!(windows) { "tauri.cmd" } else { "tauri" });
    let version_ok = cmd::new(&bin.to_string_lossy(), &["--version"])
        .output()
        .is_some_and(|v| v.trim() == format!("tauri-cli {TAURI_CLI}"));
    if !version_ok {
        let prefix_str = prefix.to_string_lossy().into_owned();
        cmd::new(
            if cfg!(windows) { "npm.cmd" } else { "npm" },
            &[
                "install",
                "--prefix",
                &prefix_str,
                "--no-audit",
                "--no-fund",
                "--no-save",
                &format!("@tauri-apps/cli@{TAURI_CLI}"),
            ],
        )
        .run()?;
    }
    Ok(bin.to_string_lossy().into_owned())
}

/// The same release as the `tauri` crate in Cargo.lock.
const TAURI_CLI: &str = "2.12.5";

/// The .deb the bundler wrote, under the name Debian tools expect:
/// `postulo_<version>_<arch>.deb`.
pub fn debian_package() -> Result<PathBuf> {
    let dir = e2e::target_dir().join("release").join("bundle").join("deb");
    let found = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .flatten()
        .map(|entry| entry.path())
        .filter(|p| p.extension().is_some_and(|e| e == "deb"))
        .max_by_key(|p| p.metadata().and_then(|m| m.modified()).ok())
        .ok_or_else(|| format!("no .deb in {}", dir.display()))?;
    let field = |name: &str| {
        cmd::new("dpkg-deb", &["--field", &found.to_string_lossy(), name])
            .output()
            .map(|s| s.trim().to_owned())
            .ok_or_else(|| format!("cannot read the {name} of {}", found.display()))
    };
    let wanted = dir.join(format!(
        "{}_{}_{}.deb",
        field("Package")?,
        field("Version")?,
        field("Architecture")?
    ));
    if wanted != found {
        std::fs::rename(&found, &wanted)
            .map_err(|e| format!("cannot rename {}: {e}", found.display()))?;
    }
    Ok(wanted)
}

fn report(deb: &Path) -> Result {
    let size = deb
        .metadata()
        .map_err(|e| format!("cannot read {}: {e}", deb.display()))?
        .len();
    let installed_kib: u64 = cmd::new(
        "dpkg-deb",
        &["--field", &deb.to_string_lossy(), "Installed-Size"],
    )
    .output()
    .and_then(|s| s.trim().parse().ok())
    .ok_or("cannot read Installed-Size")?;
    println!("\n{}", deb.display());
    println!(
        ".deb size:      {size} bytes ({:.1} MiB)",
        size as f64 / 1_048_576.0
    );
    println!(
        "installed size: {installed_kib} KiB ({:.1} MiB, dpkg's Installed-Size)",
        installed_kib as f64 / 1024.0
    );
    Ok(())
}

/// `cargo xtask deb-check`: installs the .deb with apt in a clean Debian 12 root made by
/// debootstrap (kept as a tarball in the target folder, so each check starts clean), then
/// checks the menu entry and the icon, and starts the app under Xvfb inside that root until
/// its window shows. Needs root (chroot, mount) and access to a Debian mirror.
pub fn check_install() -> Result {
    system::ensure(system::Purpose::DebCheck)?;
    let deb = debian_package()?;
    let target = e2e::target_dir();
    let pristine = target.join("debian12-minbase.tar");
    let root = target.join("deb-check-root");
    let root_s = root.to_string_lossy().into_owned();
    if !pristine.exists() {
        let fresh = target.join("debian12-minbase");
        let fresh_s = fresh.to_string_lossy().into_owned();
        let _ = std::fs::remove_dir_all(&fresh);
        cmd::new(
            "debootstrap",
            &[
                "--variant=minbase",
                "bookworm",
                &fresh_s,
                "http://deb.debian.org/debian",
            ],
        )
        .run()?;
        cmd::new(
            "tar",
            &["-C", &fresh_s, "-cf", &pristine.to_string_lossy(), "."],
        )
        .run()?;
        let _ = std::fs::remove_dir_all(&fresh);
    }
    unmount_all(&root);
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).map_err(|e| format!("cannot create {root_s}: {e}"))?;
    cmd::new("tar", &["-C", &root_s, "-xf", &pristine.to_string_lossy()]).run()?;
    let file_name = deb
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or("the .deb has no file name")?;
    std::fs::copy(&deb, root.join("tmp").join(&file_name))
        .map_err(|e| format!("cannot copy the .deb into the root: {e}"))?;
    std::fs::copy("/etc/resolv.conf", root.join("etc").join("resolv.conf"))
        .map_err(|e| format!("cannot copy resolv.conf: {e}"))?;
    for (what, dir, kind) in [("proc", "proc", "proc"), ("sysfs", "sys", "sysfs")] {
        let at = root.join(dir).to_string_lossy().into_owned();
        cmd::new("mount", &["-t", kind, what, &at]).run()?;
    }
    let dev = root.join("dev").to_string_lossy().into_owned();
    cmd::new("mount", &["--bind", "/dev", &dev]).run()?;
    let result = install_and_start(&root_s, &file_name);
    unmount_all(&root);
    result
}

fn install_and_start(root: &str, deb: &str) -> Result {
    let chroot = |script: &str| {
        cmd::new("chroot", &[root, "/bin/sh", "-c", script])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .env("LANG", "C.UTF-8")
    };
    chroot("apt-get update -q").run()?;
    chroot(&format!(
        "apt-get install -y -q /tmp/{deb} && apt-get install -y -q --no-install-recommends xvfb xauth xdotool desktop-file-utils"
    ))
    .run()?;
    chroot(
        "set -e; f=$(grep -l '^Exec=postulo' /usr/share/applications/*.desktop); echo \"$f\"; cat \"$f\"; \
         grep -q '^Name=Postulo' \"$f\"; grep -q '^GenericName\\[fr\\]=Suivi de candidatures' \"$f\"; \
         grep -q '^GenericName=Job application tracker' \"$f\"; \
         grep -q '^Comment\\[fr\\]=' \"$f\"; grep -q '^Comment=' \"$f\"; desktop-file-validate \"$f\"; \
         icon=$(sed -n 's/^Icon=//p' \"$f\"); ls /usr/share/icons/hicolor/*/apps/$icon.png",
    )
    .run()?;
    // The app's window must appear: xdotool waits for it, the app is stopped after.
    chroot(
        "export HOME=/root XDG_RUNTIME_DIR=/tmp/xdg; mkdir -p -m 700 /tmp/xdg; \
         xvfb-run -a sh -c 'WEBKIT_DISABLE_COMPOSITING_MODE=1 postulo & pid=$!; \
         found=$(timeout 60 xdotool search --sync --onlyvisible --name \"^Postulo$\" | head -1); \
         kill $pid; test -n \"$found\" && echo \"Postulo window $found is shown\"'",
    )
    .run()?;
    // The tray loads libayatana-appindicator3 at run time (dlopen), so the bundler does not
    // see it: tauri.conf.json lists it in the package's dependencies, checked here.
    chroot(
        "set -e; du -sk /usr/bin/postulo; \
         ls /usr/lib/*/libayatana-appindicator3.so.1; dpkg -s postulo | grep -E '^(Status|Version|Installed-Size|Depends):'",
    )
    .run()?;
    println!(
        "\nThe .deb installed in a clean Debian 12 root, has its menu entry and icon, and starts."
    );
    Ok(())
}

fn unmount_all(root: &Path) {
    for dir in ["dev", "sys", "proc"] {
        let at = root.join(dir);
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&at)
            .status();
    }
}

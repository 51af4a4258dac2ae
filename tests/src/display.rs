//! A private desktop for the app: Xvfb on its own display and a D-Bus session bus, so that
//! tests neither need nor disturb the developer's screen.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::{spawn, wait_for, Guard};

#[derive(Debug)]
pub struct Environment {
    pub display: String,
    pub dbus_address: String,
    /// Private XDG folders, so that window state and WebKit caches never touch the user's.
    pub xdg_root: std::path::PathBuf,
    // Dropped in reverse order of creation: the bus, then the display.
    _dbus: Guard,
    _xvfb: Guard,
}

impl Environment {
    pub fn start() -> Self {
        // Xvfb chooses a free display itself and writes its number (`-displayfd`): a number
        // of our own could land on the lock file of an Xvfb killed before it cleaned up
        // (they pile up in /tmp on a machine that runs the tests often), and the app would
        // then find no screen there.
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let serial = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut xvfb = spawn(
            Command::new("Xvfb")
                .args([
                    "-displayfd",
                    "1",
                    "-screen",
                    "0",
                    "1366x768x24",
                    "-nolisten",
                    "tcp",
                ])
                .stdout(Stdio::piped())
                .stderr(Stdio::null()),
            "install it with `cargo xtask test` (Debian package xvfb)",
        );
        let number = first_line(&mut xvfb.0, "Xvfb");
        let number: u32 = number
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("Xvfb wrote no display number: {number:?}"));
        let display = format!(":{number}");
        let socket = format!("/tmp/.X11-unix/X{number}");
        wait_for("Xvfb to start", Duration::from_secs(10), || {
            Path::new(&socket).exists().then_some(())
        });

        let mut dbus = spawn(
            Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
                .stdout(Stdio::piped())
                .stderr(Stdio::null()),
            "install it with `cargo xtask test` (Debian package dbus)",
        );
        let dbus_address = first_line(&mut dbus.0, "dbus-daemon").trim().to_owned();
        assert!(!dbus_address.is_empty(), "dbus-daemon printed no address");
        let xdg_root = crate::screenshot_dir()
            .with_file_name("e2e-data")
            .join(format!("xdg-{}-{serial}", std::process::id()));
        std::fs::create_dir_all(&xdg_root)
            .unwrap_or_else(|e| panic!("cannot create {xdg_root:?}: {e}"));
        Self {
            display,
            dbus_address,
            xdg_root,
            _dbus: dbus,
            _xvfb: xvfb,
        }
    }

    /// Applies this desktop to a command that starts the app or its driver.
    pub fn apply<'c>(&self, command: &'c mut Command) -> &'c mut Command {
        command
            .env("DISPLAY", &self.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.dbus_address)
            .env_remove("WAYLAND_DISPLAY")
            .env("GDK_BACKEND", "x11")
            // WebKitGTK's compositing needs a GPU that Xvfb does not have.
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .env("LANG", "C.UTF-8")
            .env("XDG_CONFIG_HOME", self.xdg_root.join("config"))
            .env("XDG_DATA_HOME", self.xdg_root.join("data"))
            .env("XDG_CACHE_HOME", self.xdg_root.join("cache"))
    }

    /// Runs xdotool on this display; its standard output, or `None` when it failed (a
    /// search that found nothing fails).
    pub fn xdotool(&self, args: &[&str]) -> Option<String> {
        let out = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .output()
            .unwrap_or_else(|e| {
                panic!("cannot run xdotool (Debian package xdotool, installed by cargo xtask test): {e}")
            });
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Turns the real mouse wheel (X buttons 4 and 5, as a mouse sends them) by `notches`
    /// (down when positive) with the pointer at (`x`, `y`) on the screen. WebKitWebDriver
    /// takes wheel actions but does not deliver them to the page under Xvfb, so the wheel
    /// goes through the X server as a user's does.
    pub fn wheel(&self, x: i64, y: i64, notches: i64) {
        self.xdotool(&["mousemove", "--sync", &x.to_string(), &y.to_string()])
            .unwrap_or_else(|| panic!("cannot move the pointer"));
        let button = if notches < 0 { "4" } else { "5" };
        self.xdotool(&[
            "click",
            "--repeat",
            &notches.abs().to_string(),
            "--delay",
            "30",
            button,
        ])
        .unwrap_or_else(|| panic!("cannot turn the wheel"));
    }

    /// Chooses `path` in the native (GTK) file chooser that the app has open: the
    /// location bar takes a typed path, as a user who knows where the file is would do.
    /// `screenshot` names the picture taken once the path is typed.
    pub fn choose_file_in_native_dialog(&self, path: &std::path::Path, screenshot: &str) {
        self.choose_file_in_dialog_titled("Open|Ouvrir", path, screenshot);
    }

    /// The same, in a chooser the app gave a title to (`title` is a pattern for xdotool).
    pub fn choose_file_in_dialog_titled(
        &self,
        title: &str,
        path: &std::path::Path,
        screenshot: &str,
    ) {
        let path = path
            .to_str()
            .unwrap_or_else(|| panic!("not a UTF-8 path: {path:?}"));
        // The chooser is a second top-level window of the app; GTK names it after the
        // action ("Open File" / "Ouvrir un fichier") when the app gives no title.
        let window = wait_for("the native file chooser", Duration::from_secs(20), || {
            self.xdotool(&["search", "--onlyvisible", "--name", title])
                .and_then(|ids| ids.lines().last().map(str::to_owned))
        });
        std::thread::sleep(Duration::from_millis(500)); // let it map and take events
        self.xdotool(&["windowfocus", "--sync", &window])
            .unwrap_or_else(|| panic!("cannot focus the file chooser"));
        self.xdotool(&["key", "--clearmodifiers", "ctrl+l"])
            .unwrap_or_else(|| panic!("cannot open the location bar"));
        std::thread::sleep(Duration::from_millis(300));
        self.xdotool(&["type", "--delay", "20", path])
            .unwrap_or_else(|| panic!("cannot type the path"));
        std::thread::sleep(Duration::from_millis(300));
        self.screenshot(screenshot);
        self.xdotool(&["key", "Return"])
            .unwrap_or_else(|| panic!("cannot confirm the file"));
        wait_for("the file chooser to close", Duration::from_secs(10), || {
            self.xdotool(&["search", "--onlyvisible", "--name", title])
                .is_none()
                .then_some(())
        });
    }

    /// Saves to `path` in the native (GTK) save dialog whose title contains `title`: the
    /// name field takes a full path, as a user who knows where the file goes would type it.
    /// `screenshot` names the picture taken once the path is typed.
    pub fn save_file_in_native_dialog(
        &self,
        title: &str,
        path: &std::path::Path,
        screenshot: &str,
    ) {
        let path = path
            .to_str()
            .unwrap_or_else(|| panic!("not a UTF-8 path: {path:?}"));
        let window = wait_for("the native save dialog", Duration::from_secs(20), || {
            self.xdotool(&["search", "--onlyvisible", "--name", title])
                .and_then(|ids| ids.lines().last().map(str::to_owned))
        });
        std::thread::sleep(Duration::from_millis(500)); // let it map and take events
        self.xdotool(&["windowfocus", "--sync", &window])
            .unwrap_or_else(|| panic!("cannot focus the save dialog"));
        // The name field has the focus, holding the proposed name: replace it.
        self.xdotool(&["key", "--clearmodifiers", "ctrl+a"])
            .unwrap_or_else(|| panic!("cannot select the proposed name"));
        self.xdotool(&["type", "--delay", "20", path])
            .unwrap_or_else(|| panic!("cannot type the path"));
        std::thread::sleep(Duration::from_millis(300));
        self.screenshot(screenshot);
        self.xdotool(&["key", "Return"])
            .unwrap_or_else(|| panic!("cannot confirm the name"));
        wait_for("the save dialog to close", Duration::from_secs(10), || {
            self.xdotool(&["search", "--onlyvisible", "--name", title])
                .is_none()
                .then_some(())
        });
    }

    /// Saves a PNG of the whole virtual screen to `target/e2e-screenshots/<name>.png`.
    /// (WebKitWebDriver's own screenshot hangs without GPU compositing, so we take the
    /// screen as a user would see it.)
    pub fn screenshot(&self, name: &str) -> std::path::PathBuf {
        let path = crate::screenshot_dir().join(format!("{name}.png"));
        let status = Command::new("import")
            .args(["-window", "root"])
            .arg(&path)
            .env("DISPLAY", &self.display)
            .status()
            .unwrap_or_else(|e| panic!("cannot run `import` (imagemagick): {e}"));
        assert!(status.success(), "screenshot of the screen failed");
        path
    }
}

/// The first line `child` prints on its standard output (Xvfb's display number, the D-Bus
/// daemon's address): what each tells the harness once it is listening.
fn first_line(child: &mut std::process::Child, name: &str) -> String {
    let stdout = child
        .stdout
        .take()
        .unwrap_or_else(|| panic!("{name} has no stdout"));
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .unwrap_or_else(|e| panic!("cannot read what {name} printed: {e}"));
    line
}

//! Just enough of the W3C WebDriver protocol, over plain HTTP to tauri-driver on loopback.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

use crate::{free_port, spawn, wait_for, Environment, Guard};

#[derive(Debug)]
pub struct Session {
    base: String,
    id: String,
    agent: ureq::Agent,
    _driver: Guard,
}

#[derive(Debug, Clone)]
pub struct Element(String);

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

impl Session {
    /// Starts tauri-driver and, through it, the app with `data_dir` as its data folder.
    pub fn start(env: &Environment, app: &Path, data_dir: &Path) -> Self {
        Self::start_with(env, app, data_dir, &[])
    }

    /// As [`Session::start`], with variables for tauri-driver, WebKitWebDriver and the app
    /// (`GTK_THEME` for a dark desktop, say). Given to the child alone: every test of the
    /// binary shares the process, so a variable set on it would reach the tests after.
    pub fn start_with(
        env: &Environment,
        app: &Path,
        data_dir: &Path,
        vars: &[(&str, &std::ffi::OsStr)],
    ) -> Self {
        let port = free_port();
        let native_port = free_port();
        let mut command = Command::new("tauri-driver");
        command
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("POSTULO_DATA_DIR", data_dir)
            .envs(vars.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        env.apply(&mut command);
        let driver = spawn(
            &mut command,
            "install it with `cargo xtask test` (tauri-driver ^2)",
        );
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(60)))
            .http_status_as_error(false)
            .build()
            .into();
        let base = format!("http://127.0.0.1:{port}");
        wait_for("tauri-driver to listen", Duration::from_secs(20), || {
            agent.get(&format!("{base}/status")).call().ok().map(|_| ())
        });
        let caps = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "wry",
                    "tauri:options": { "application": app }
                }
            }
        });
        let mut session = Self {
            base,
            id: String::new(),
            agent,
            _driver: driver,
        };
        let value = session.send("POST", "/session", Some(caps));
        session.id = value["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session id in {value}"))
            .to_owned();
        session
    }

    fn send(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        match self.request(method, path, body) {
            Ok(value) => value,
            Err((status, value)) => panic!("WebDriver {method} {path} -> {status}: {value}"),
        }
    }

    /// The command's value, or its HTTP status and error body.
    fn request(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, (u16, Value)> {
        let url = if path == "/session" {
            format!("{}{path}", self.base)
        } else {
            format!("{}/session/{}{path}", self.base, self.id)
        };
        let response = match (method, body) {
            ("GET", _) => self.agent.get(&url).call(),
            ("DELETE", _) => self.agent.delete(&url).call(),
            (_, body) => self
                .agent
                .post(&url)
                .send_json(body.unwrap_or_else(|| json!({}))),
        };
        let mut response =
            response.unwrap_or_else(|e| panic!("WebDriver {method} {path} failed: {e}"));
        let status = response.status();
        let value: Value = response
            .body_mut()
            .read_json()
            .unwrap_or_else(|e| panic!("WebDriver {method} {path}: bad JSON: {e}"));
        if status.is_success() {
            Ok(value["value"].clone())
        } else {
            Err((status.as_u16(), value))
        }
    }

    /// The first element matching `css`, if any, right now.
    pub fn try_find(&self, css: &str) -> Option<Element> {
        let url = format!("{}/session/{}/elements", self.base, self.id);
        let mut response = self
            .agent
            .post(&url)
            .send_json(json!({"using": "css selector", "value": css}))
            .ok()?;
        let value: Value = response.body_mut().read_json().ok()?;
        let id = value["value"].as_array()?.first()?[ELEMENT_KEY]
            .as_str()?
            .to_owned();
        Some(Element(id))
    }

    /// Waits up to 20 s for an element matching `css`.
    pub fn find(&self, css: &str) -> Element {
        wait_for(&format!("element {css}"), Duration::from_secs(20), || {
            self.try_find(css)
        })
    }

    pub fn find_all(&self, css: &str) -> Vec<Element> {
        let value = self.send(
            "POST",
            "/elements",
            Some(json!({"using": "css selector", "value": css})),
        );
        value
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|v| v[ELEMENT_KEY].as_str().map(|id| Element(id.to_owned())))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// WebDriver's element click. The element is first scrolled into view inside its own
    /// scrolling box (a tall dialog's body): WebKitWebDriver only scrolls the page itself,
    /// and refuses an element hidden in a scrolled box as « not interactable ».
    ///
    /// An element a dialog is still opening over (its transition, a focus move) is also
    /// « not interactable » for a moment, which a loaded machine makes longer: the click is
    /// tried again for up to 5 s, as a user would click again, and fails with the driver's
    /// answer after that.
    pub fn click(&self, element: &Element) {
        let path = format!("/element/{}/click", element.0);
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        loop {
            self.execute(
                "arguments[0].scrollIntoView({block: 'nearest', inline: 'nearest'});",
                json!([{ (ELEMENT_KEY): element.0 }]),
            );
            match self.request("POST", &path, None) {
                Ok(_) => return,
                Err((_, value))
                    if std::time::Instant::now() < deadline
                        && matches!(
                            value["value"]["error"].as_str(),
                            Some("element not interactable" | "element click intercepted")
                        ) =>
                {
                    std::thread::sleep(Duration::from_millis(200));
                }
                Err((status, value)) => panic!("WebDriver POST {path} -> {status}: {value}"),
            }
        }
    }

    pub fn type_into(&self, element: &Element, text: &str) {
        self.send(
            "POST",
            &format!("/element/{}/value", element.0),
            Some(json!({"text": text})),
        );
    }

    pub fn text(&self, element: &Element) -> String {
        let value = self.send("GET", &format!("/element/{}/text", element.0), None);
        value.as_str().unwrap_or_default().to_owned()
    }

    /// The text of every element matching `css`, read in the page (WebKitWebDriver's own
    /// "element text" comes back empty for some visible elements).
    pub fn texts(&self, css: &str) -> Vec<String> {
        let value = self.execute(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent.trim());",
            json!([css]),
        );
        value
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn attribute(&self, element: &Element, name: &str) -> Option<String> {
        let value = self.send(
            "GET",
            &format!("/element/{}/attribute/{name}", element.0),
            None,
        );
        value.as_str().map(str::to_owned)
    }

    /// A DOM property as a string (an input's current `value`, which its attribute is not).
    pub fn property(&self, element: &Element, name: &str) -> Option<String> {
        let value = self.send(
            "GET",
            &format!("/element/{}/property/{name}", element.0),
            None,
        );
        value.as_str().map(str::to_owned)
    }

    /// Runs a script in the page and returns its result.
    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.send(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
    }

    /// Runs an asynchronous script in the page: it ends by calling its last argument with
    /// its result (WebDriver's « execute async »), within WebDriver's script timeout.
    pub fn execute_async(&self, script: &str, args: Value) -> Value {
        self.send(
            "POST",
            "/execute/async",
            Some(json!({"script": script, "args": args})),
        )
    }

    /// Sets an input's value the way a user's typing would (input and change events): date
    /// and time inputs take keys in the locale's order, which varies, so we set them whole.
    pub fn set_value(&self, css: &str, value: &str) {
        self.find(css);
        self.execute(
            "const el = document.querySelector(arguments[0]);
             el.value = arguments[1];
             el.dispatchEvent(new Event('input', { bubbles: true }));
             el.dispatchEvent(new Event('change', { bubbles: true }));",
            json!([css, value]),
        );
    }

    /// Performs W3C WebDriver actions: real input events, dispatched by the browser engine
    /// as the user's mouse would (pointer events, focus moves, default actions), not
    /// events made in the page by a script. The input state is released afterwards, so no
    /// button stays pressed for the next call.
    pub fn perform(&self, sources: Value) {
        self.send("POST", "/actions", Some(json!({ "actions": sources })));
        self.send("DELETE", "/actions", None);
    }

    /// A mouse click at the centre of `element` (scrolled into view first): pointer move,
    /// pointer down, a short pause, pointer up.
    pub fn pointer_click(&self, element: &Element) {
        self.execute(
            "arguments[0].scrollIntoView({block: 'nearest', inline: 'nearest'});",
            json!([{ (ELEMENT_KEY): element.0 }]),
        );
        self.perform(json!([{
            "type": "pointer",
            "id": "mouse",
            "parameters": { "pointerType": "mouse" },
            "actions": [
                { "type": "pointerMove", "duration": 50, "origin": { (ELEMENT_KEY): element.0 }, "x": 0, "y": 0 },
                { "type": "pointerDown", "button": 0 },
                { "type": "pause", "duration": 50 },
                { "type": "pointerUp", "button": 0 }
            ]
        }]));
    }

    /// A mouse click at (`x`, `y`) in the window's viewport, whatever is there.
    pub fn pointer_click_at(&self, x: i64, y: i64) {
        self.perform(json!([{
            "type": "pointer",
            "id": "mouse",
            "parameters": { "pointerType": "mouse" },
            "actions": [
                { "type": "pointerMove", "duration": 50, "origin": "viewport", "x": x, "y": y },
                { "type": "pointerDown", "button": 0 },
                { "type": "pause", "duration": 50 },
                { "type": "pointerUp", "button": 0 }
            ]
        }]));
    }

    /// The centre of `element` in the viewport, as (x, y).
    pub fn centre(&self, element: &Element) -> (i64, i64) {
        let v = self.execute(
            "const r = arguments[0].getBoundingClientRect();
             return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];",
            json!([{ (ELEMENT_KEY): element.0 }]),
        );
        let n = |i: usize| v[i].as_i64().unwrap_or_else(|| panic!("no centre in {v}"));
        (n(0), n(1))
    }

    /// The window's position and size, as (x, y, width, height).
    pub fn window_rect(&self) -> (i64, i64, i64, i64) {
        let v = self.send("GET", "/window/rect", None);
        let n = |k: &str| v[k].as_f64().map(|f| f.round() as i64).unwrap_or(-1);
        (n("x"), n("y"), n("width"), n("height"))
    }

    pub fn set_window_rect(&self, x: i64, y: i64, width: i64, height: i64) {
        let rect = json!({"x": x, "y": y, "width": width, "height": height});
        self.send("POST", "/window/rect", Some(rect));
    }

    /// Closes the window as the user would (the close button), so the app saves its
    /// window state and exits normally, then ends the session.
    pub fn close_window(self) {
        let _ = self
            .agent
            .delete(&format!("{}/session/{}/window", self.base, self.id))
            .call();
        self.quit();
    }

    /// Ends the session, which closes the app.
    pub fn quit(self) {
        self.send("DELETE", "", None);
    }
}

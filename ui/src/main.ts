// First, before any import runs: the start-up report says when the page's script began.
import "./lib/startupClock";
import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";
import { markPlatform } from "./lib/platform";
import { markStartup } from "./lib/startupClock";

markStartup("modules");

markPlatform(document.documentElement, navigator.userAgent);

const target = document.getElementById("app");
if (!target) throw new Error("#app is missing from index.html");

const app = mount(App, { target });
markStartup("mounted");
export default app;

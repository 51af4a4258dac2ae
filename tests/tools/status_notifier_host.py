#!/usr/bin/python3
"""A tray for tests: the StatusNotifierWatcher (and host) that desktops such as KDE, GNOME
with the AppIndicator extension, Cinnamon or XFCE provide, on the test's private D-Bus
session, so that Postulo's tray icon registers as it does on a real desktop.

    status_notifier_host.py serve LOG    own org.kde.StatusNotifierWatcher; each item that
                                         registers is written to LOG as one JSON line
    status_notifier_host.py menu LOG     print the registered item's menu (labels, ids,
                                         enabled) as JSON, read over com.canonical.dbusmenu
    status_notifier_host.py click LOG L  send "clicked" to the menu entry labelled L, as a
                                         user's click in the tray menu does

Uses dbus-python and GLib (Debian: python3-dbus, python3-gi, pulled in by python3-dbusmock).
"""

import json
import sys
import time

import dbus
import dbus.service

WATCHER = "org.kde.StatusNotifierWatcher"
ITEM = "org.kde.StatusNotifierItem"
MENU = "com.canonical.dbusmenu"


class Watcher(dbus.service.Object):
    def __init__(self, bus, log):
        super().__init__(bus, "/StatusNotifierWatcher")
        self.log = log
        self.items = []

    @dbus.service.method(WATCHER, in_signature="s", sender_keyword="sender")
    def RegisterStatusNotifierItem(self, service, sender=None):
        # An item gives its object path (libappindicator) or its bus name.
        path = service if service.startswith("/") else "/StatusNotifierItem"
        name = sender if service.startswith("/") else service
        self.items.append("%s%s" % (name, path))
        with open(self.log, "a") as f:
            f.write(json.dumps({"bus_name": name, "path": path}) + "\n")
        self.StatusNotifierItemRegistered("%s%s" % (name, path))

    @dbus.service.method(WATCHER, in_signature="s")
    def RegisterStatusNotifierHost(self, service):
        pass

    @dbus.service.signal(WATCHER, signature="s")
    def StatusNotifierItemRegistered(self, service):
        pass

    @dbus.service.signal(WATCHER, signature="")
    def StatusNotifierHostRegistered(self):
        pass

    def props(self):
        return {
            "RegisteredStatusNotifierItems": dbus.Array(self.items, signature="s"),
            "IsStatusNotifierHostRegistered": dbus.Boolean(True),
            "ProtocolVersion": dbus.Int32(0),
        }

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="ss", out_signature="v")
    def Get(self, interface, prop):
        return self.props()[prop]

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="s", out_signature="a{sv}")
    def GetAll(self, interface):
        return self.props()


def serve(log):
    from dbus.mainloop.glib import DBusGMainLoop
    from gi.repository import GLib

    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    watcher = Watcher(bus, log)
    # The name last: an app that sees it may register at once.
    name = dbus.service.BusName(WATCHER, bus)
    print("ready", flush=True)
    GLib.MainLoop().run()
    del name, watcher


def registered(log, timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with open(log) as f:
                lines = [l for l in f.read().splitlines() if l.strip()]
            if lines:
                return json.loads(lines[-1])
        except FileNotFoundError:
            pass
        time.sleep(0.2)
    sys.exit("no tray item registered within %d s" % timeout)


def menu_proxy(log):
    item = registered(log)
    bus = dbus.SessionBus()
    obj = bus.get_object(item["bus_name"], item["path"])
    menu_path = obj.Get(ITEM, "Menu", dbus_interface=dbus.PROPERTIES_IFACE)
    return bus.get_object(item["bus_name"], menu_path)


def entries(log):
    menu = menu_proxy(log)
    _revision, layout = menu.GetLayout(0, -1, [], dbus_interface=MENU)
    out = []

    def walk(node):
        ident, props, children = node
        if ident != 0:
            out.append({
                "id": int(ident),
                "label": str(props.get("label", "")).replace("_", ""),
                "enabled": bool(props.get("enabled", True)),
                "type": str(props.get("type", "standard")),
            })
        for child in children:
            walk(child)

    walk(layout)
    return menu, out


def main():
    command, log = sys.argv[1], sys.argv[2]
    if command == "serve":
        serve(log)
    elif command == "menu":
        _menu, out = entries(log)
        print(json.dumps(out, ensure_ascii=False))
    elif command == "click":
        label = sys.argv[3]
        menu, out = entries(log)
        match = [e for e in out if e["label"] == label]
        if not match:
            sys.exit("no menu entry %r in %s" % (label, [e["label"] for e in out]))
        menu.Event(match[0]["id"], "clicked", dbus.String(""), dbus.UInt32(0),
                   dbus_interface=MENU)
        print("clicked", label)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()

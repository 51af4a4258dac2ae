// Reloading the whole interface, after a restore replaced every piece of data under it:
// every view then reads the restored data afresh. Its own module so tests can replace it.

export function reloadApp(): void {
  window.location.reload();
}

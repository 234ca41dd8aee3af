// The SOAP note editor saves the draft on the server while the therapist types: 1.5 s after the last
// keystroke (so within 5 s), when the page is hidden or left, and before signing. A save refused
// because the draft changed elsewhere shows both versions instead of overwriting; a save refused
// because the session ended asks for the password and then saves.
(function () {
  "use strict";
  const form = document.getElementById("note-editor");
  if (!form) return;
  const status = document.getElementById("save-status");
  const conflict = document.getElementById("draft-conflict");
  const parts = ["subjective", "objective", "assessment", "plan"];
  let version = Number(form.dataset.version);
  let timer = null;
  let dirty = false;
  let saving = null;

  function text() {
    const body = { baseVersion: version };
    parts.forEach((part) => { body[part] = document.getElementById(part).value; });
    return body;
  }

  function show(message) { status.textContent = message; }

  async function save(keepalive) {
    if (saving) await saving;
    if (!dirty) return true;
    dirty = false;
    show(form.dataset.saving);
    const token = window.Tonus ? window.Tonus.csrf() : null;
    const headers = { "Content-Type": "application/json", "X-Tonus-Request": "fetch" };
    if (token) headers[token.header] = token.token;
    saving = fetch(form.dataset.saveUrl, { method: "PUT", headers, body: JSON.stringify(text()), keepalive: !!keepalive })
      .then(async (response) => {
        if (response.status === 401) {
          dirty = true;
          show(form.dataset.signin);
          if (window.Tonus) { await window.Tonus.reauthenticate(); saving = null; return save(); }
          return false;
        }
        const answer = await response.json().catch(() => ({}));
        if (response.ok) {
          version = answer.version;
          document.getElementById("baseVersion").value = version;
          if (window.Tonus) window.Tonus.touched();
          show(form.dataset.saved + " (" + new Date().toLocaleTimeString() + ")");
          return true;
        }
        dirty = true;
        if (answer.outcome === "stale") {
          conflict.hidden = false;
          document.getElementById("draft-conflict-text").textContent =
            parts.map((part) => answer.saved[part]).filter((t) => t).join("\n\n");
          conflict.dataset.version = answer.version;
          show(form.dataset.unsaved);
        } else {
          show(form.dataset.failed + (answer.message ? ": " + answer.message : ""));
        }
        return false;
      })
      .catch(() => { dirty = true; show(form.dataset.failed); return false; })
      .finally(() => { saving = null; });
    return saving;
  }

  form.addEventListener("input", () => {
    dirty = true;
    show(form.dataset.unsaved);
    clearTimeout(timer);
    timer = setTimeout(() => save(false), 1500);
  });

  // Keep my text: save it on top of the version saved elsewhere (a deliberate choice, not silent).
  document.getElementById("draft-take-mine").addEventListener("click", () => {
    version = Number(conflict.dataset.version);
    conflict.hidden = true;
    dirty = true;
    save(false);
  });

  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") save(true); });
  window.addEventListener("pagehide", () => save(true));

  form.addEventListener("submit", async (event) => {
    if (form.dataset.verified === "yes") return;
    event.preventDefault();
    clearTimeout(timer);
    if (await save(false) !== false) {
      form.dataset.verified = "yes";
      // Not while this submit event is still being dispatched (the save may not have waited at all):
      // a submit requested during dispatch is silently ignored by the browser.
      setTimeout(() => form.requestSubmit(), 0);
    }
  });
})();

// Assessment page: the pain drawing is saved on every change (one request at a time, the newest
// state last, and on leaving the page), the candidates are refreshed from the answer, and
// "Palpate" next to a candidate fills in the finding form for it.
(function () {
  "use strict";
  const form = document.getElementById("drawing-form");
  const point = document.getElementById("point");
  if (!form || !point) return;
  const status = document.getElementById("drawing-status");
  const candidates = document.getElementById("candidates");
  let inFlight = null;
  let pending = false;

  function body() {
    return new URLSearchParams(new FormData(form));
  }

  function headers() {
    const result = { "X-Tonus-Request": "fetch", "HX-Request": "true" };
    const token = window.Tonus ? window.Tonus.csrf() : null;
    if (token) result[token.header] = token.token;
    return result;
  }

  async function save(keepalive) {
    pending = true;
    if (inFlight) return;
    while (pending) {
      pending = false;
      status.textContent = form.dataset.saving;
      inFlight = fetch(form.action, { method: "POST", headers: headers(), body: body(), keepalive: !!keepalive });
      try {
        const response = await inFlight;
        if (response.status === 401 && window.Tonus) {
          pending = true;
          await window.Tonus.reauthenticate();
          continue;
        }
        candidates.innerHTML = await response.text();
        status.textContent = response.ok ? form.dataset.saved : form.dataset.failed;
        if (response.ok && window.Tonus) window.Tonus.touched();
      } catch (error) {
        status.textContent = form.dataset.failed;
      } finally {
        inFlight = null;
      }
    }
  }

  form.addEventListener("marks-changed", () => save(false));
  form.addEventListener("change", (event) => { if (event.target.classList.contains("activity-check")) save(false); });
  window.addEventListener("pagehide", () => { if (pending || inFlight) fetch(form.action, { method: "POST", headers: headers(), body: body(), keepalive: true }); });

  document.addEventListener("click", (event) => {
    const button = event.target.closest("button.palpate");
    if (!button) return;
    const option = [...point.options].find((o) => o.value.startsWith(button.dataset.muscle + "#"));
    if (option) point.value = option.value;
    const side = document.getElementById("side-" + button.dataset.side);
    if (side) side.checked = true;
    document.getElementById("finding-form").scrollIntoView({ behavior: "smooth", block: "start" });
    point.focus({ preventScroll: true });
  });
})();

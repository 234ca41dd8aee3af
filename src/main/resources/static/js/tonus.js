// Tonus page behaviour: CSRF for htmx, the inactivity warning, and re-authentication in place,
// so that a session ending never throws away what the user typed on the page.
(function () {
  "use strict";

  const body = document.body;
  const timeoutSeconds = Number(body.dataset.idleTimeout || 0);
  const WARNING_SECONDS = 120;
  let lastServerContact = Date.now();
  let signedIn = timeoutSeconds > 0;
  let pendingSubmit = null;

  function csrf() {
    const token = document.querySelector("meta[name=_csrf]");
    const header = document.querySelector("meta[name=_csrf_header]");
    return token && header ? { header: header.content, token: token.content } : null;
  }

  function setCsrf(token) {
    const meta = document.querySelector("meta[name=_csrf]");
    if (meta) meta.content = token;
    document.querySelectorAll("input[name=_csrf]").forEach((input) => { input.value = token; });
  }

  document.addEventListener("htmx:configRequest", (event) => {
    const token = csrf();
    if (token) event.detail.headers[token.header] = token.token;
    event.detail.headers["X-Tonus-Request"] = "fetch";
  });
  document.addEventListener("htmx:afterRequest", () => { lastServerContact = Date.now(); });
  document.addEventListener("htmx:responseError", (event) => {
    if (event.detail.xhr.status === 401) showReauth();
  });

  document.querySelectorAll("[data-guess-time-zone]").forEach((input) => {
    if (!input.value && window.Intl) input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  });

  // A field that only matters for one choice of a select: data-shown-when="select-id=VALUE".
  document.querySelectorAll("[data-shown-when]").forEach((field) => {
    const [selectId, value] = field.dataset.shownWhen.split("=");
    const select = document.getElementById(selectId);
    if (!select) return;
    const update = () => { field.hidden = select.value !== value; };
    select.addEventListener("change", update);
    update();
  });

  if (!signedIn) return;

  const dialog = document.getElementById("reauth");
  const warning = document.getElementById("idle-warning");
  const form = document.getElementById("reauth-form");
  const errorLine = document.getElementById("reauth-error");
  document.getElementById("reauth-email").value = body.dataset.userEmail || "";

  function secondsIdle() { return (Date.now() - lastServerContact) / 1000; }

  async function status() {
    const response = await fetch("/session/status", { headers: { "X-Tonus-Request": "fetch" }, cache: "no-store" });
    const state = await response.json();
    if (state.csrfToken) setCsrf(state.csrfToken);
    return state;
  }

  // Scripts that need the session (autosave) wait here while the person signs in again.
  const waiting = [];
  window.Tonus = {
    reauthenticate() {
      return new Promise((resolve) => { waiting.push(resolve); showReauth(); });
    },
    touched() { lastServerContact = Date.now(); },
    csrf
  };

  function showReauth() {
    warning.hidden = true;
    if (dialog.open) return;
    form.reset();
    document.getElementById("reauth-email").value = body.dataset.userEmail || "";
    form.querySelector(".reauth-password").hidden = false;
    form.querySelector(".reauth-code").hidden = true;
    errorLine.hidden = true;
    dialog.showModal();
    document.getElementById("reauth-password").focus();
  }

  // Once a second: warn two minutes before the server ends the session, and ask for the
  // password when it has (unless another tab kept the session alive).
  setInterval(async () => {
    const idle = secondsIdle();
    if (dialog.open) return;
    // A little after the server's own timeout, so asking does not itself keep the session alive.
    if (idle >= timeoutSeconds + 2) {
      const state = await status();
      if (state.authenticated) { lastServerContact = Date.now(); warning.hidden = true; }
      else showReauth();
    } else {
      warning.hidden = idle < timeoutSeconds - Math.min(WARNING_SECONDS, timeoutSeconds / 2);
    }
  }, 1000);

  document.getElementById("idle-stay").addEventListener("click", async () => {
    const token = csrf();
    const response = await fetch("/session/keepalive", {
      method: "POST", headers: { [token.header]: token.token, "X-Tonus-Request": "fetch" }
    });
    if (response.ok) { lastServerContact = Date.now(); warning.hidden = true; } else showReauth();
  });

  // Before a form leaves the page, make sure the session still exists; if not, sign in first
  // and then send the form as the user left it.
  document.addEventListener("submit", async (event) => {
    const target = event.target;
    if (target === form || target.dataset.verified === "yes" || (target.method || "get").toLowerCase() !== "post") return;
    if (target.getAttribute("action") === "/sign-out") return;
    if (secondsIdle() < timeoutSeconds - 30) return;
    event.preventDefault();
    const state = await status();
    if (state.authenticated) { resubmit(target, event.submitter); return; }
    pendingSubmit = { form: target, submitter: event.submitter };
    showReauth();
  }, true);

  function resubmit(target, submitter) {
    target.dataset.verified = "yes";
    setTimeout(() => {
      target.requestSubmit(submitter || undefined);
      delete target.dataset.verified;
    }, 0);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorLine.hidden = true;
    const codeStep = !form.querySelector(".reauth-code").hidden;
    const fresh = await status();
    const data = new URLSearchParams();
    data.set("_csrf", fresh.csrfToken);
    let url = "/sign-in";
    if (codeStep) {
      url = "/sign-in/two-factor";
      data.set("code", document.getElementById("reauth-code").value);
    } else {
      data.set("username", document.getElementById("reauth-email").value);
      data.set("password", document.getElementById("reauth-password").value);
    }
    const response = await fetch(url, { method: "POST", body: data, headers: { "X-Tonus-Request": "fetch" } });
    const answer = await response.json().catch(() => ({ outcome: "bad-credentials" }));
    if (answer.outcome === "second-factor") {
      form.querySelector(".reauth-password").hidden = true;
      form.querySelector(".reauth-code").hidden = false;
      document.getElementById("reauth-code").focus();
      return;
    }
    if (answer.outcome !== "signed-in") {
      errorLine.textContent = answer.outcome.startsWith("throttled") ? errorLine.dataset.throttled
        : codeStep ? errorLine.dataset.code : errorLine.dataset.bad;
      errorLine.hidden = false;
      return;
    }
    await status();
    lastServerContact = Date.now();
    dialog.close();
    waiting.splice(0).forEach((resolve) => resolve());
    if (pendingSubmit) {
      const { form: waiting, submitter } = pendingSubmit;
      pendingSubmit = null;
      resubmit(waiting, submitter);
    }
  });

  dialog.addEventListener("cancel", (event) => event.preventDefault());
})();

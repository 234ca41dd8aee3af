// Session runner: a large hold timer (visual cue at the target, optional sound and vibration),
// the hold and repetitions filled in from the timer, PIR fields only for PIR, and shortcuts.
(function () {
  "use strict";
  const form = document.getElementById("runner-form");
  if (!form) return;
  const toggle = document.getElementById("timer-toggle");
  const value = document.getElementById("timer-value");
  const face = document.getElementById("timer-face");
  const zone = document.getElementById("timer-zone");
  const target = document.getElementById("timer-target");
  const sound = document.getElementById("timer-sound");
  const hold = document.getElementById("holdSeconds");
  const repetitions = document.getElementById("repetitions");
  const pir = document.getElementById("pir-fields");
  const max = Number(form.dataset.max || 600);
  const holds = [];
  let started = 0;
  let ticker = null;
  let cued = false;
  let audio = null;

  function seconds() { return Math.floor((Date.now() - started) / 1000); }

  function show(total) {
    value.textContent = Math.floor(total / 60) + ":" + String(total % 60).padStart(2, "0");
    face.classList.toggle("in-range", total >= 10 && total <= Number(target.value));
    face.classList.toggle("past", total > Number(target.value));
    zone.textContent = total > Number(target.value) ? zone.dataset.after : total >= 10 ? zone.dataset.in : zone.dataset.before;
    if (!cued && total >= Number(target.value)) { cued = true; cue(); }
    if (total >= max) stop();
  }

  function cue() {
    face.classList.add("cue");
    setTimeout(() => face.classList.remove("cue"), 1200);
    if (navigator.vibrate) navigator.vibrate(200);
    if (!sound.checked) return;
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.value = 0.15;
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.35);
    } catch (ignored) { /* no audio: the visual cue remains */ }
  }

  function start() {
    started = Date.now();
    cued = false;
    toggle.textContent = toggle.dataset.stop;
    toggle.setAttribute("aria-pressed", "true");
    show(0);
    ticker = setInterval(() => show(seconds()), 250);
  }

  function stop() {
    clearInterval(ticker);
    ticker = null;
    const total = Math.max(1, seconds());
    holds.push(total);
    hold.value = Math.round(holds.reduce((a, b) => a + b, 0) / holds.length);
    repetitions.value = holds.length;
    toggle.textContent = toggle.dataset.start;
    toggle.setAttribute("aria-pressed", "false");
    zone.textContent = zone.dataset.ready;
  }

  toggle.addEventListener("click", () => (ticker ? stop() : start()));

  function technique() {
    const checked = form.querySelector("input[name=technique]:checked");
    return checked ? checked.value : "";
  }
  function techniqueChanged() {
    pir.hidden = technique() !== "POST_ISOMETRIC_RELAXATION";
    pir.disabled = pir.hidden;
    document.getElementById("timer").hidden = technique() === "POST_ISOMETRIC_RELAXATION" || technique() === "GLIDING";
  }
  form.querySelectorAll("input[name=technique]").forEach((input) => input.addEventListener("change", techniqueChanged));
  techniqueChanged();

  function typing(element) {
    return element && (element.tagName === "TEXTAREA" || (element.tagName === "INPUT" && /^(text|number)$/.test(element.type)) || element.tagName === "SELECT");
  }
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(document.activeElement)) return;
    if (event.key === " ") { event.preventDefault(); toggle.click(); return; }
    if (/^[0-9]$/.test(event.key)) {
      const input = form.querySelector("input[name=discomfort][value='" + event.key + "']");
      if (input) { input.checked = true; event.preventDefault(); }
      return;
    }
    const release = { y: "YES", p: "PARTIAL", n: "NO" }[event.key.toLowerCase()];
    if (release) {
      form.querySelector("input[name=release][value=" + release + "]").checked = true;
      event.preventDefault();
      return;
    }
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      if (ticker) stop();
      form.querySelector("button[name=then][value=next]").click();
    }
  });
  form.addEventListener("submit", () => { if (ticker) stop(); });
})();

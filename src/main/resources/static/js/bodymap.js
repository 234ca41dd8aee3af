// The interactive pain drawing: marks live here until the page sends them (as JSON) for ranking.
(function () {
  "use strict";
  const form = document.getElementById("drawing-form");
  if (!form) return;
  const hidden = document.getElementById("drawing");
  const list = document.getElementById("marks-list");
  const marks = new Map(); // "region|side" or "region" -> intensity 1..10
  const STEPS = [0, 4, 7, 10];

  function shapesFor(key) { return form.querySelectorAll('.region[data-key="' + key + '"]'); }

  function set(key, intensity, quiet) {
    const value = Math.max(0, Math.min(10, intensity));
    if (value === 0) marks.delete(key); else marks.set(key, value);
    shapesFor(key).forEach((shape) => {
      for (let i = 1; i <= 10; i++) shape.classList.remove("i" + i);
      if (value > 0) shape.classList.add("i" + value);
      shape.setAttribute("aria-pressed", value > 0 ? "true" : "false");
      shape.setAttribute("aria-label", shape.querySelector("title").textContent + (value > 0 ? ", " + list.dataset.intensity + " " + value : ""));
    });
    changed(quiet);
  }

  function next(key) {
    const current = marks.get(key) || 0;
    const step = STEPS.find((s) => s > current);
    set(key, step === undefined ? 0 : step);
  }

  function changed(quiet) {
    const drawing = { marks: [] };
    marks.forEach((intensity, key) => {
      const [region, side] = key.split("|");
      const mark = { region: region, intensity: intensity };
      if (side) mark.side = side;
      drawing.marks.push(mark);
    });
    hidden.value = JSON.stringify(drawing);
    renderList();
    if (!quiet && window.htmx) htmx.trigger(form, "marks-changed");
  }

  function renderList() {
    list.replaceChildren();
    if (marks.size === 0) {
      const empty = document.createElement("li");
      empty.className = "muted";
      empty.textContent = list.dataset.empty;
      list.append(empty);
      return;
    }
    [...marks.entries()].sort((a, b) => b[1] - a[1]).forEach(([key, intensity]) => {
      const item = document.createElement("li");
      const text = document.createElement("span");
      text.textContent = shapesFor(key)[0].querySelector("title").textContent + " · " + intensity;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "button-quiet";
      remove.textContent = list.dataset.remove;
      remove.setAttribute("aria-label", list.dataset.remove + ": " + shapesFor(key)[0].querySelector("title").textContent);
      remove.addEventListener("click", () => set(key, 0));
      item.append(text, remove);
      list.append(item);
    });
  }

  form.querySelectorAll(".region[data-key]").forEach((shape) => {
    shape.addEventListener("click", () => next(shape.dataset.key));
    shape.addEventListener("keydown", (event) => {
      const key = shape.dataset.key;
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); next(key); }
      else if (event.key === "ArrowUp") { event.preventDefault(); set(key, (marks.get(key) || 0) + 1); }
      else if (event.key === "ArrowDown") { event.preventDefault(); set(key, (marks.get(key) || 0) - 1); }
      else if (event.key === "Delete" || event.key === "Backspace") { event.preventDefault(); set(key, 0); }
    });
  });

  document.getElementById("place-add").addEventListener("click", () => {
    const key = document.getElementById("place-select").value;
    if (key) set(key, Number(document.getElementById("place-intensity").value));
  });
  document.getElementById("clear-marks").addEventListener("click", () => {
    [...marks.keys()].forEach((key) => set(key, 0, true));
    changed();
  });
  form.addEventListener("submit", (event) => event.preventDefault());

  // A saved drawing (the assessment page) is shown as it was, without sending it again.
  try {
    (JSON.parse(hidden.value).marks || []).forEach((mark) => {
      const key = mark.side ? mark.region + "|" + mark.side : mark.region;
      if (shapesFor(key).length) set(key, mark.intensity, true);
    });
  } catch (ignored) { /* an empty or unreadable drawing starts blank */ }
})();

// Live search in the header: as the reader types, up to five matching articles appear under the
// box, "No Result" when nothing matches, and "View All Result" opens the results page. The box is
// an ARIA combobox: Arrow keys move through the matches, Enter opens one, Escape closes the list.
// Without JavaScript the form is a plain GET to /search/.
(function () {
  "use strict";
  var DELAY = 200;
  var MIN_CHARS = 2;

  function setUp(form) {
    var input = form.querySelector("input[name=q]");
    var endpoint = form.getAttribute("data-live");
    if (!input || !endpoint || !window.fetch) {
      return;
    }
    var panel = document.createElement("div");
    panel.className = "live-results";
    panel.id = "live-results";
    panel.hidden = true;
    var list = document.createElement("ul");
    list.id = "live-results-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.getAttribute("data-list-label") || "");
    var empty = document.createElement("p");
    empty.className = "live-empty";
    empty.textContent = form.getAttribute("data-no-result");
    var all = document.createElement("a");
    all.className = "live-all";
    all.textContent = form.getAttribute("data-view-all");
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("aria-live", "polite");
    panel.appendChild(list);
    panel.appendChild(empty);
    panel.appendChild(all);
    form.appendChild(panel);
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    var timer = null;
    var pending = null;
    var active = -1;
    var lastText = null;

    function options() {
      return list.querySelectorAll("[role=option]");
    }

    function close() {
      panel.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function open() {
      panel.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function highlight(index) {
      var items = options();
      if (!items.length) {
        return;
      }
      active = (index + items.length) % items.length;
      for (var i = 0; i < items.length; i++) {
        items[i].setAttribute("aria-selected", i === active ? "true" : "false");
      }
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    }

    function show(answer) {
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      answer.matches.forEach(function (match, i) {
        var item = document.createElement("li");
        item.id = "live-result-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        // An option holds no link (a focusable control inside an option is hidden from assistive
        // technology's view of the list): Enter or a click opens its address.
        item.setAttribute("data-href", match.url);
        if (match.thumbnail) {
          var img = document.createElement("img");
          img.src = match.thumbnail;
          img.alt = "";
          img.width = 64;
          img.height = 40;
          img.onerror = function () {
            img.remove();
          };
          item.appendChild(img);
        }
        var text = document.createElement("span");
        text.className = "live-title";
        text.textContent = match.title;
        var date = document.createElement("time");
        date.dateTime = match.datetime;
        date.textContent = match.date;
        text.appendChild(date);
        item.appendChild(text);
        list.appendChild(item);
      });
      var none = answer.matches.length === 0;
      empty.hidden = !none;
      all.hidden = none;
      all.href = answer.all;
      status.textContent = none
        ? empty.textContent
        : answer.matches.length + " " + list.getAttribute("aria-label");
      open();
    }

    function lookUp() {
      var text = input.value.trim();
      if (text === lastText && !panel.hidden) {
        return;
      }
      lastText = text;
      if (pending) {
        pending.abort();
        pending = null;
      }
      if (text.length < MIN_CHARS) {
        close();
        return;
      }
      var controller = window.AbortController ? new AbortController() : null;
      pending = controller;
      fetch(endpoint + "?q=" + encodeURIComponent(text), {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (answer) {
          if (pending === controller && input.value.trim() === text) {
            pending = null;
            show(answer);
          }
        })
        .catch(function () {
          // Aborted by a newer keystroke, or the network failed: the form still works.
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(lookUp, DELAY);
    });

    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (panel.hidden) {
          lastText = null;
          lookUp();
          return;
        }
        event.preventDefault();
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Escape") {
        if (!panel.hidden) {
          event.preventDefault();
          close();
        }
      } else if (event.key === "Enter" && active >= 0 && !panel.hidden) {
        event.preventDefault();
        window.location.href = options()[active].getAttribute("data-href");
      }
    });

    list.addEventListener("mousedown", function (event) {
      // Keep the focus in the box until the click has opened the match.
      event.preventDefault();
    });

    list.addEventListener("click", function (event) {
      var option = event.target.closest ? event.target.closest("[role=option]") : null;
      if (option) {
        window.location.href = option.getAttribute("data-href");
      }
    });

    form.addEventListener("focusout", function (event) {
      if (!form.contains(event.relatedTarget)) {
        close();
      }
    });
  }

  function start() {
    var forms = document.querySelectorAll("form.site-search");
    for (var i = 0; i < forms.length; i++) {
      setUp(forms[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

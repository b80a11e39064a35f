// Turns a widget's stacked lists (each a .tab-panel under a heading) into tabs: a tablist of
// buttons, arrow keys and Home/End to move between them, one panel shown at a time. Without
// JavaScript the lists simply stay stacked under their headings.
(function () {
  function enhance(box) {
    var panels = Array.prototype.slice.call(box.querySelectorAll(":scope > .tab-panel"));
    if (panels.length < 2) {
      return;
    }
    var list = document.createElement("div");
    list.className = "tab-list";
    list.setAttribute("role", "tablist");
    var tabs = panels.map(function (panel, i) {
      var heading = panel.querySelector(".widget-title");
      var tab = document.createElement("button");
      tab.type = "button";
      tab.id = panel.id + "-tab";
      tab.textContent = heading ? heading.textContent : String(i + 1);
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", panel.id);
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      panel.tabIndex = 0;
      if (heading) {
        heading.classList.add("visually-hidden");
      }
      list.appendChild(tab);
      return tab;
    });
    function select(index, focus) {
      tabs.forEach(function (tab, i) {
        var on = i === index;
        tab.setAttribute("aria-selected", on ? "true" : "false");
        tab.tabIndex = on ? 0 : -1;
        panels[i].hidden = !on;
      });
      if (focus) {
        tabs[index].focus();
      }
    }
    list.addEventListener("click", function (event) {
      var index = tabs.indexOf(event.target.closest("[role=tab]"));
      if (index >= 0) {
        select(index, false);
      }
    });
    list.addEventListener("keydown", function (event) {
      var current = tabs.indexOf(document.activeElement);
      var next = {ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1}[event.key];
      if (current < 0 || next === undefined) {
        return;
      }
      event.preventDefault();
      select((next + tabs.length) % tabs.length, true);
    });
    box.insertBefore(list, panels[0]);
    select(0, false);
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-tabs]"), enhance);
  });
})();

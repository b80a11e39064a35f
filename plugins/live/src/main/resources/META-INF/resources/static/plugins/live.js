// Live coverage: asks for updates newer than the newest shown, every few seconds while the page is
// visible, and puts them at the top of the list. Text goes in as text, never as HTML.
(function () {
  var box = document.querySelector(".live-updates[data-poll]");
  if (!box || !window.fetch) {
    return;
  }
  var list = box.querySelector(".live-list");
  var status = box.querySelector(".live-status");
  var after = box.getAttribute("data-after");
  var every = parseInt(box.getAttribute("data-every"), 10) || 15000;
  var by = box.getAttribute("data-by");

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function show(update) {
    var item = element("li", "fresh");
    item.id = "update-" + update.id;
    var meta = element("p", "live-meta");
    var time = element("time", null, new Date(update.postedAt).toLocaleString([], {day: "numeric", month: "short", hour: "2-digit", minute: "2-digit"}));
    time.setAttribute("datetime", update.postedAt);
    meta.appendChild(time);
    meta.appendChild(document.createTextNode(" · " + by + " " + update.author));
    item.appendChild(meta);
    if (update.headline) {
      item.appendChild(element("h3", null, update.headline));
    }
    item.appendChild(element("p", "live-body", update.body));
    list.insertBefore(item, list.firstChild);
  }

  function poll() {
    if (document.hidden) {
      return;
    }
    fetch(box.getAttribute("data-poll") + "?after=" + encodeURIComponent(after), {headers: {Accept: "application/json"}})
      .then(function (response) { return response.ok ? response.json() : {updates: []}; })
      .then(function (data) {
        var fresh = data.updates || [];
        if (!fresh.length) {
          return;
        }
        var none = box.querySelector(".live-none");
        if (none) {
          none.remove();
        }
        fresh.slice().reverse().forEach(show);
        after = String(fresh[0].id);
        status.textContent = status.getAttribute("data-new");
      })
      .catch(function () { /* the next poll tries again */ });
  }

  setInterval(poll, every);
  document.addEventListener("visibilitychange", poll);
})();

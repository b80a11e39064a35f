// Draft autosave for the newsroom's article editor (WEB-INF/includes/newsroom/body-editor.xhtml).
//
// Every 15 seconds, and when the page is hidden (another tab, the window closed), the form "edit"
// is posted when it changed since the last save. The post is a Faces ajax request made by hand
// (the request faces.js would send for the hidden command "edit:autosave": the whole form with its
// ViewState, jakarta.faces.source, the "click" event and the partial execute and render lists), so
// the view state's CSRF protection applies as for any postback, and no Faces script (which this
// site's router does not serve) and no inline handler is needed.
// The server (EditBacking.autosave) saves through the same NewsroomDesk.save as the Save button,
// with the version the view holds, and re-renders:
//   edit:autosave-result  data-outcome (saved, conflict, needs-headline, not-saved, off),
//                         data-enabled, data-id, data-version
//   edit:conflict-area    the other editor's version after a conflict
//   edit:messages-area    the form's messages (the conflict message)
// The outcome is told in #autosave-status (role=status). A conflict pauses autosave until the page
// is saved by hand, so an autosave never replaces someone else's version.
//
// Leaving the page with changes not saved asks first (beforeunload).
(function () {
  "use strict";

  var INTERVAL = 15000;
  var RESULT = "edit:autosave-result";
  var RENDER = [RESULT, "edit:conflict-area", "edit:messages-area"];

  var trigger = document.getElementById("edit:autosave");
  var status = document.getElementById("autosave-status");
  if (!trigger || !status || !document.getElementById(RESULT) || !window.fetch ||
      !window.FormData || !window.URLSearchParams || !window.DOMParser) {
    return;
  }
  var form = trigger.form;
  var enabled = document.getElementById(RESULT).getAttribute("data-enabled") === "true";
  var pending = null;
  var leaving = false;

  /** The form as it would be sent, without its view state: what "changed" compares. */
  function snapshot() {
    var event = document.createEvent("Event");
    event.initEvent("headline:sync", false, false);
    form.dispatchEvent(event);
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (name !== "jakarta.faces.ViewState" && typeof value === "string") {
        params.append(name, value);
      }
    });
    return params.toString();
  }

  var saved = snapshot();

  function tell(key, argument) {
    var text = status.getAttribute("data-" + key) || "";
    status.textContent = argument === undefined ? text : text.replace("{0}", argument);
    status.setAttribute("data-state", key);
  }

  function clock() {
    var now = new Date();
    return ("0" + now.getHours()).slice(-2) + ":" + ("0" + now.getMinutes()).slice(-2);
  }

  /** Puts the parts of the page the response re-rendered in place, and the new view state. */
  function apply(xml) {
    var updates = xml.getElementsByTagName("update");
    for (var i = 0; i < updates.length; i++) {
      var id = updates[i].getAttribute("id");
      var content = updates[i].textContent;
      if (id.indexOf("jakarta.faces.ViewState") >= 0) {
        var fields = document.querySelectorAll('input[name="jakarta.faces.ViewState"]');
        for (var f = 0; f < fields.length; f++) {
          fields[f].value = content;
        }
      } else if (RENDER.indexOf(id) >= 0 && document.getElementById(id)) {
        var holder = document.createElement("template");
        holder.innerHTML = content;
        var fresh = holder.content.firstElementChild;
        if (fresh && fresh.id === id) {
          document.getElementById(id).replaceWith(fresh);
        }
      }
    }
  }

  function outcome(state) {
    var result = document.getElementById(RESULT);
    var done = result.getAttribute("data-outcome");
    enabled = result.getAttribute("data-enabled") === "true";
    if (done === "saved") {
      saved = state;
      var version = document.getElementById("article-version");
      if (version) {
        version.textContent = result.getAttribute("data-version");
      }
      var id = result.getAttribute("data-id");
      if (id && !/[?&]id=/.test(window.location.search) && window.history.replaceState) {
        // The first autosave of a new article created it: a reload now opens that draft.
        window.history.replaceState(null, "", window.location.pathname + "?id=" + id);
      }
      tell("saved", clock());
    } else if (done === "conflict") {
      tell("conflict");
    } else if (done === "needs-headline" || done === "not-saved" || done === "off") {
      tell(done);
    } else {
      tell("failed");
    }
  }

  /** Sends the form if it changed; a promise settled when the answer was handled. */
  function save() {
    if (!enabled || pending || leaving) {
      return pending;
    }
    var state = snapshot();
    if (state === saved) {
      return null;
    }
    var body = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string") {
        body.append(name, value);
      }
    });
    body.append("jakarta.faces.source", trigger.id);
    body.append("jakarta.faces.partial.event", "click");
    body.append("jakarta.faces.partial.ajax", "true");
    body.append("jakarta.faces.partial.execute", form.id);
    body.append("jakarta.faces.partial.render", RENDER.join(" "));
    var text = body.toString();
    tell("saving");
    pending = fetch(form.action, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
        "Faces-Request": "partial/ajax"
      },
      body: text,
      // Lets the request finish when the page is being closed (browsers allow 64 KB).
      keepalive: document.visibilityState === "hidden" && text.length < 60000
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(function (answer) {
        var xml = new DOMParser().parseFromString(answer, "application/xml");
        var root = xml.documentElement;
        if (!root || root.nodeName !== "partial-response" ||
            xml.getElementsByTagName("error").length || xml.getElementsByTagName("redirect").length) {
          // An error or a redirect (to the login page, say): nothing was saved.
          throw new Error("no partial response");
        }
        apply(xml);
        outcome(state);
      })
      .catch(function () {
        tell("failed");
      })
      .then(function () {
        pending = null;
      });
    return pending;
  }

  if (!enabled) {
    // Paused by the conflict the page shows, or off for this article's state.
    tell(document.getElementById("conflict") ? "conflict" : "off");
  }
  window.setInterval(save, INTERVAL);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      save();
    }
  });

  form.addEventListener("submit", function (event) {
    if (pending && event.submitter && form.requestSubmit) {
      // An autosave is on its way: send this once it is back, with the view's new version.
      event.preventDefault();
      var submitter = event.submitter;
      pending.then(function () {
        form.requestSubmit(submitter);
      });
      return;
    }
    leaving = true;
  });
  window.addEventListener("pageshow", function () {
    leaving = false;
  });
  window.addEventListener("beforeunload", function (event) {
    if (!leaving && snapshot() !== saved) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();

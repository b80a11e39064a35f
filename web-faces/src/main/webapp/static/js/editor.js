// The newsroom's rich-text editor for an article's body (WEB-INF/includes/newsroom/body-editor.xhtml).
//
// Progressive enhancement: the form field is the textarea named by data-for ("edit:body"); this
// script hides it, shows a contenteditable area (#body-editor) with a toolbar instead, and writes
// the area's HTML back into the textarea whenever it changes and before the form is sent. The
// "HTML" button shows the textarea again for editing the source by hand. Without JavaScript, or
// when the textarea is read-only, nothing here runs and the textarea is the editor.
//
// The markup it writes is what core's BodySanitizer keeps (p, h2, h3, ul/ol/li, blockquote,
// a href, strong/em, br, and on load whatever else the stored body already holds); the server
// sanitises every save anyway. Pasted content is reduced to that plain structure. No inline
// handlers or styles are written, so the page works under a strict Content-Security-Policy.
//
// Toolbar buttons carry data-command: bold, italic, h2, h3, ul, ol, quote, link, unlink, undo,
// redo, source. Shortcuts: Ctrl/Cmd+B, +I, +K (link); undo and redo keep the browser's own keys.
(function () {
  "use strict";

  var area = document.getElementById("body-editor-area");
  var source = area && document.getElementById(area.getAttribute("data-for"));
  var editor = document.getElementById("body-editor");
  if (!area || !editor || !source || source.tagName !== "TEXTAREA" || source.disabled ||
      source.readOnly || !document.execCommand || !window.DOMParser) {
    return;
  }
  var form = source.form;
  var toolbar = area.querySelector("[role=toolbar]");
  var buttons = Array.prototype.slice.call(toolbar.querySelectorAll("button[data-command]"));
  var notice = document.getElementById("body-editor-notice");

  // ---- Cleaning: from any HTML to the structure the site keeps ----

  // Removed with everything inside them.
  var DROP = /^(SCRIPT|STYLE|TEMPLATE|IFRAME|FRAME|FRAMESET|OBJECT|EMBED|APPLET|NOSCRIPT|HEAD|TITLE|META|LINK|BASE|SVG|MATH|FORM|INPUT|BUTTON|SELECT|OPTION|TEXTAREA|VIDEO|AUDIO|CANVAS|MAP|AREA|DIALOG)$/;
  // What pasting keeps (element -> element written); anything else is replaced by its content.
  var PASTE = {
    P: "p", DIV: "p", TR: "p", H1: "h2", H2: "h2", H3: "h3", H4: "h3", H5: "h3", H6: "h3",
    UL: "ul", OL: "ol", LI: "li", BLOCKQUOTE: "blockquote", A: "a",
    STRONG: "strong", B: "strong", EM: "em", I: "em", BR: "br"
  };
  // What loading a stored body keeps: what the server's sanitiser allows.
  var STORED = {};
  ("P H1 H2 H3 H4 H5 H6 UL OL LI BLOCKQUOTE A STRONG EM BR FIGURE FIGCAPTION PRE CODE HR MARK SMALL " +
   "ABBR CITE Q SUB SUP DL DT DD IMG U S DEL INS STRIKE TT BIG TABLE THEAD TBODY TFOOT TR TD TH " +
   "CAPTION COLGROUP COL").split(" ").forEach(function (name) {
    STORED[name] = name.toLowerCase();
  });
  STORED.B = "strong";
  STORED.I = "em";
  STORED.DIV = "p";
  // Attributes kept, by element written; the others are dropped.
  var ATTRIBUTES = {
    a: ["href", "title"], img: ["src", "alt", "title", "width", "height", "srcset", "sizes", "loading"],
    blockquote: ["cite"], q: ["cite"], abbr: ["title"]
  };
  var URL_ATTRIBUTES = { href: true, src: true, cite: true };
  var BLOCK = /^(P|DIV|H[1-6]|UL|OL|LI|BLOCKQUOTE|TABLE|THEAD|TBODY|TFOOT|TR|TD|TH|FIGURE|PRE|HR|DL|DT|DD|SECTION|ARTICLE|HEADER|FOOTER|ASIDE|NAV|MAIN|ADDRESS)$/;

  /** A link address the site keeps: http(s), mailto, or one on this site; null otherwise. */
  function safeUrl(value) {
    var url = String(value).trim();
    if (/[\s<>"]/.test(url)) {
      return null;
    }
    var scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
    if (!scheme) {
      return url;
    }
    return /^(https?|mailto)$/i.test(scheme[1]) ? url : null;
  }

  function inert() {
    return document.implementation.createHTMLDocument("");
  }

  function hasBlockInside(element) {
    for (var child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (BLOCK.test(child.nodeName.toUpperCase()) || hasBlockInside(child)) {
        return true;
      }
    }
    return false;
  }

  /** What a pasted span from a word processor stands for (Google Docs marks bold this way). */
  function styledAs(element) {
    var style = element.getAttribute("style") || "";
    if (/font-weight\s*:\s*(bold|[7-9]00)/i.test(style)) {
      return "strong";
    }
    if (/font-style\s*:\s*italic/i.test(style)) {
      return "em";
    }
    return null;
  }

  function cleanChildren(from, to, rules) {
    for (var node = from.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        to.appendChild(to.ownerDocument.createTextNode(node.nodeValue));
      } else if (node.nodeType === 1) {
        cleanElement(node, to, rules);
      }
    }
  }

  function cleanElement(element, to, rules) {
    var name = element.nodeName.toUpperCase();
    if (DROP.test(name)) {
      return;
    }
    var tag = rules[name] || null;
    if (rules === PASTE && name === "SPAN") {
      tag = styledAs(element);
    }
    if (rules === PASTE && name === "B" && /font-weight\s*:\s*(normal|[1-4]00)/i.test(element.getAttribute("style") || "")) {
      tag = null; // Google Docs wraps a whole paste in <b style="font-weight:normal">
    }
    if ((name === "DIV" || name === "TR") && hasBlockInside(element)) {
      tag = null;
    }
    if (!tag) {
      cleanChildren(element, to, rules);
      if (name === "TD" || name === "TH") {
        to.appendChild(to.ownerDocument.createTextNode(" "));
      }
      return;
    }
    var copy = to.ownerDocument.createElement(tag);
    var allowed = rules === PASTE ? (tag === "a" ? ["href"] : []) : ATTRIBUTES[tag] || [];
    allowed.forEach(function (attribute) {
      var value = element.getAttribute(attribute);
      if (value !== null && URL_ATTRIBUTES[attribute]) {
        value = safeUrl(value);
      }
      if (value !== null) {
        copy.setAttribute(attribute, value);
      }
    });
    if ((tag === "a" && !copy.hasAttribute("href")) || (tag === "img" && !copy.hasAttribute("src"))) {
      if (tag === "a") {
        cleanChildren(element, to, rules);
      }
      return;
    }
    cleanChildren(element, copy, rules);
    to.appendChild(copy);
  }

  /** Puts loose text and inline elements at the top level into paragraphs. */
  function paragraphs(container) {
    var run = null;
    var node = container.firstChild;
    while (node) {
      var next = node.nextSibling;
      var isBlock = node.nodeType === 1 && BLOCK.test(node.nodeName.toUpperCase());
      if (isBlock) {
        run = null;
      } else if (node.nodeType === 3 && !run && !node.nodeValue.trim()) {
        container.removeChild(node);
      } else {
        if (!run) {
          run = container.ownerDocument.createElement("p");
          container.insertBefore(run, node);
        }
        run.appendChild(node);
      }
      node = next;
    }
  }

  /** A clean copy of some HTML in an inert document (nothing in it loads or runs). */
  function clean(html, rules) {
    var parsed = new DOMParser().parseFromString(html, "text/html");
    var out = inert().createElement("div");
    cleanChildren(parsed.body, out, rules);
    return out;
  }

  function hasBlocks(container) {
    for (var child = container.firstElementChild; child; child = child.nextElementSibling) {
      if (BLOCK.test(child.nodeName.toUpperCase())) {
        return true;
      }
    }
    return false;
  }

  function escapeText(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  /** Plain text as HTML: blank lines part paragraphs, single line breaks become br. */
  function textToHtml(text) {
    var parts = text.replace(/\r\n?/g, "\n").split(/\n\s*\n/).filter(function (part) {
      return part.trim();
    });
    var html = parts.map(function (part) {
      return escapeText(part.trim()).replace(/\n/g, "<br>");
    });
    return html.length === 1 ? html[0] : html.map(function (part) {
      return "<p>" + part + "</p>";
    }).join("");
  }

  // ---- The editing area and the field ----

  var edited = false;
  var sourceMode = false;
  var savedRange = null;

  /** Removes paragraphs and headings with nothing in them (the editor's empty lines). */
  function dropEmpty(container) {
    var empty = container.querySelectorAll("p, h2, h3, h4, h5, h6");
    for (var i = 0; i < empty.length; i++) {
      if (!empty[i].textContent.trim() && !empty[i].querySelector("img")) {
        empty[i].parentNode.removeChild(empty[i]);
      }
    }
  }

  /** The editing area's content as the HTML the field gets. */
  function serialize() {
    var out = clean(editor.innerHTML, STORED);
    paragraphs(out);
    dropEmpty(out);
    if (!out.textContent.trim() && !out.querySelector("img, hr")) {
      return "";
    }
    return out.innerHTML;
  }

  function load(html) {
    var cleaned = clean(html, STORED);
    paragraphs(cleaned);
    editor.innerHTML = cleaned.innerHTML || "<p><br></p>";
    edited = false;
  }

  /** Writes the editing area into the field, when it changed since it was loaded. */
  function sync() {
    if (!sourceMode && edited) {
      var html = serialize();
      if (source.value !== html) {
        source.value = html;
      }
    }
  }

  function changed() {
    edited = true;
    sync();
  }

  function announce(text) {
    if (notice) {
      notice.textContent = "";
      window.setTimeout(function () {
        notice.textContent = text;
      }, 50);
    }
  }

  function inEditor(node) {
    return node && (node === editor || editor.contains(node));
  }

  /** The nearest element named (upper case) around the caret, inside the editing area. */
  function around(names) {
    var selection = window.getSelection();
    var node = selection && selection.rangeCount ? selection.getRangeAt(0).startContainer : null;
    if (!inEditor(node)) {
      return null;
    }
    for (; node && node !== editor; node = node.parentNode) {
      if (node.nodeType === 1 && names.indexOf(node.nodeName.toUpperCase()) >= 0) {
        return node;
      }
    }
    return null;
  }

  function rememberSelection() {
    var selection = window.getSelection();
    if (selection && selection.rangeCount && inEditor(selection.getRangeAt(0).commonAncestorContainer)) {
      savedRange = selection.getRangeAt(0).cloneRange();
    }
  }

  /** Focuses the editing area with the caret where it was before the toolbar took focus. */
  function focusEditor() {
    if (document.activeElement !== editor) {
      editor.focus();
      if (savedRange) {
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(savedRange);
      }
    }
  }

  function exec(command, value) {
    focusEditor();
    document.execCommand(command, false, value === undefined ? null : value);
    changed();
  }

  /** Where a collapsed caret is, to put it back after a command that loses it; or null. */
  function caret() {
    var selection = window.getSelection();
    if (!selection.rangeCount || !selection.isCollapsed || !inEditor(selection.anchorNode)) {
      return null;
    }
    return { node: selection.anchorNode, offset: selection.anchorOffset };
  }

  /**
   * Turns paragraphs into a list or back. Chrome leaves a new list inside the paragraph it came
   * from (p > ul, which the page's HTML cannot hold) and the caret at the start: both are mended.
   */
  function toggleList(command) {
    var before = caret();
    exec(command);
    var nested = editor.querySelectorAll("p > ul, p > ol, h2 > ul, h2 > ol, h3 > ul, h3 > ol");
    for (var i = 0; i < nested.length; i++) {
      var holder = nested[i].parentNode;
      while (holder.firstChild) {
        holder.parentNode.insertBefore(holder.firstChild, holder);
      }
      holder.parentNode.removeChild(holder);
    }
    if (before && inEditor(before.node) && before.node.parentNode) {
      var selection = window.getSelection();
      selection.collapse(before.node, Math.min(before.offset,
        before.node.nodeType === 3 ? before.node.length : before.node.childNodes.length));
    }
    changed();
  }

  function toggleBlock(tag) {
    var upper = tag.toUpperCase();
    exec("formatBlock", around([upper]) ? "<p>" : "<" + tag + ">");
  }

  function toggleQuote() {
    if (around(["BLOCKQUOTE"])) {
      exec("formatBlock", "<p>");
      if (around(["BLOCKQUOTE"])) {
        exec("outdent");
      }
    } else {
      exec("formatBlock", "<blockquote>");
    }
  }

  /** The address typed for a link, made whole ("example.org" -> "https://example.org"). */
  function linkAddress(typed) {
    var url = typed.trim();
    if (/^www\.|^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      url = "https://" + url;
    }
    return url && safeUrl(url);
  }

  function link() {
    focusEditor();
    rememberSelection();
    var range = savedRange;
    var existing = around(["A"]);
    var typed = window.prompt(area.getAttribute("data-link-prompt"),
      existing ? existing.getAttribute("href") : "https://");
    focusEditor();
    if (range) {
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
    if (typed === null) {
      return;
    }
    if (!typed.trim() || typed.trim() === "https://") {
      if (existing) {
        unlink();
      }
      return;
    }
    var url = linkAddress(typed);
    if (!url) {
      announce(area.getAttribute("data-link-invalid"));
      return;
    }
    if (existing && range && range.collapsed) {
      existing.setAttribute("href", url);
      changed();
    } else if (!range || range.collapsed) {
      exec("insertHTML", '<a href="' + escapeText(url) + '">' + escapeText(url) + "</a>");
    } else {
      exec("createLink", url);
    }
  }

  function unlink() {
    focusEditor();
    var existing = around(["A"]);
    var selection = window.getSelection();
    if (existing && selection.isCollapsed) {
      var range = document.createRange();
      range.selectNodeContents(existing);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    exec("unlink");
  }

  function toggleSource() {
    if (!sourceMode) {
      sync();
      sourceMode = true;
      editor.hidden = true;
      source.hidden = false;
      source.focus();
    } else {
      load(source.value);
      sourceMode = false;
      source.hidden = true;
      editor.hidden = false;
      editor.focus();
    }
    buttons.forEach(function (button) {
      var command = button.getAttribute("data-command");
      if (command === "source") {
        button.setAttribute("aria-pressed", String(sourceMode));
      } else {
        button.disabled = sourceMode;
      }
      // The toolbar's one tab stop must stay on a button that can be used.
      if (sourceMode) {
        button.tabIndex = command === "source" ? 0 : -1;
      }
    });
  }

  var COMMANDS = {
    bold: function () { exec("bold"); },
    italic: function () { exec("italic"); },
    h2: function () { toggleBlock("h2"); },
    h3: function () { toggleBlock("h3"); },
    ul: function () { toggleList("insertUnorderedList"); },
    ol: function () { toggleList("insertOrderedList"); },
    quote: toggleQuote,
    link: link,
    unlink: unlink,
    undo: function () { exec("undo"); },
    redo: function () { exec("redo"); },
    source: toggleSource
  };

  /** Shows which formats apply where the caret is (aria-pressed on the toolbar's buttons). */
  function showState() {
    var selection = window.getSelection();
    if (sourceMode || !selection.rangeCount || !inEditor(selection.anchorNode)) {
      return;
    }
    var list = around(["UL", "OL"]);
    var pressed = {
      bold: !!around(["STRONG", "B"]) || document.queryCommandState("bold"),
      italic: !!around(["EM", "I"]) || document.queryCommandState("italic"),
      h2: !!around(["H2"]),
      h3: !!around(["H3"]),
      ul: !!list && list.nodeName.toUpperCase() === "UL",
      ol: !!list && list.nodeName.toUpperCase() === "OL",
      quote: !!around(["BLOCKQUOTE"]),
      link: !!around(["A"])
    };
    buttons.forEach(function (button) {
      var command = button.getAttribute("data-command");
      if (Object.prototype.hasOwnProperty.call(pressed, command)) {
        button.setAttribute("aria-pressed", String(pressed[command]));
      }
    });
  }

  // ---- Wiring ----

  load(source.value);
  editor.contentEditable = "true";
  editor.spellcheck = true;
  var label = form.querySelector('label[for="' + source.id + '"]');
  if (label) {
    if (!label.id) {
      label.id = "body-editor-label";
    }
    editor.setAttribute("aria-labelledby", label.id);
    label.addEventListener("click", function (event) {
      if (!sourceMode) {
        event.preventDefault();
        editor.focus();
      }
    });
  }
  source.parentNode.insertBefore(area, source.nextSibling);
  source.hidden = true;
  area.hidden = false;
  try {
    document.execCommand("defaultParagraphSeparator", false, "p");
    document.execCommand("styleWithCSS", false, false);
  } catch (unsupported) {
    // Older engines write <div> or <br>; the cleaning above turns those into paragraphs.
  }

  editor.addEventListener("input", changed);
  editor.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
      var key = event.key && event.key.toLowerCase();
      var command = key === "b" ? "bold" : key === "i" ? "italic" : key === "k" ? "link" : null;
      if (command) {
        event.preventDefault();
        COMMANDS[command]();
        showState();
      }
    }
  });
  editor.addEventListener("paste", function (event) {
    var data = event.clipboardData;
    if (!data) {
      return;
    }
    event.preventDefault();
    var html = data.getData("text/html");
    var text = data.getData("text/plain");
    var insert;
    if (html) {
      var cleaned = clean(html, PASTE);
      if (hasBlocks(cleaned)) {
        paragraphs(cleaned);
      }
      insert = cleaned.innerHTML;
    } else {
      insert = text ? textToHtml(text) : "";
    }
    if (insert) {
      exec("insertHTML", insert);
    }
  });
  editor.addEventListener("drop", function (event) {
    // Dropped content would arrive as the source page's markup: only plain text is taken.
    var text = event.dataTransfer && event.dataTransfer.getData("text/plain");
    event.preventDefault();
    if (!text) {
      return;
    }
    var range = document.caretRangeFromPoint
      ? document.caretRangeFromPoint(event.clientX, event.clientY)
      : null;
    if (!range && document.caretPositionFromPoint) {
      var position = document.caretPositionFromPoint(event.clientX, event.clientY);
      if (position) {
        range = document.createRange();
        range.setStart(position.offsetNode, position.offset);
      }
    }
    editor.focus();
    if (range) {
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
    document.execCommand("insertHTML", false, textToHtml(text));
    changed();
  });
  editor.addEventListener("focus", function () {
    if (!editor.firstChild) {
      editor.innerHTML = "<p><br></p>";
    }
  });
  document.addEventListener("selectionchange", function () {
    rememberSelection();
    showState();
  });

  toolbar.addEventListener("mousedown", function (event) {
    // Keeps the caret in the editing area when a button is clicked.
    if (event.target.closest("button")) {
      event.preventDefault();
    }
  });
  toolbar.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-command]");
    if (!button || button.disabled) {
      return;
    }
    var command = COMMANDS[button.getAttribute("data-command")];
    if (command) {
      command();
      showState();
    }
  });
  // One tab stop for the toolbar; arrow keys, Home and End move between its buttons.
  buttons.forEach(function (button, index) {
    button.tabIndex = index === 0 ? 0 : -1;
  });
  toolbar.addEventListener("keydown", function (event) {
    var usable = buttons.filter(function (button) {
      return !button.disabled;
    });
    var at = usable.indexOf(document.activeElement);
    if (at < 0) {
      return;
    }
    var to = event.key === "ArrowRight" ? (at + 1) % usable.length
      : event.key === "ArrowLeft" ? (at - 1 + usable.length) % usable.length
      : event.key === "Home" ? 0
      : event.key === "End" ? usable.length - 1 : -1;
    if (to < 0) {
      return;
    }
    event.preventDefault();
    buttons.forEach(function (button) {
      button.tabIndex = -1;
    });
    usable[to].tabIndex = 0;
    usable[to].focus();
  });

  // The field is up to date whenever the form is sent, and when autosave.js asks.
  form.addEventListener("submit", sync, true);
  form.addEventListener("headline:sync", sync);
})();

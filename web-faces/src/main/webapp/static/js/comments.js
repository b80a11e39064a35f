// "Reply" under a comment: turns the form into a reply to that comment without reloading the page,
// and "Cancel reply" turns it back. Without JavaScript the links reload the page with ?replyto=<id>
// (or without it), and the server renders the same form.
document.addEventListener("click", function (event) {
  if (!event.target.closest) {
    return;
  }
  var reply = event.target.closest("a.comment-reply");
  var cancel = event.target.closest("a.cancel-reply");
  var parent = document.getElementById("comment-parent");
  var note = document.getElementById("replying-to");
  if ((!reply && !cancel) || !parent || !note) {
    return;
  }
  event.preventDefault();
  var name = note.querySelector(".replying-to-name");
  if (reply) {
    parent.value = reply.getAttribute("data-comment");
    name.textContent = name
      .getAttribute("data-pattern")
      .replace("{0}", reply.getAttribute("data-author"));
    note.classList.remove("is-hidden");
    document.getElementById("respond").scrollIntoView();
    document.getElementById("comment-text").focus();
  } else {
    parent.value = "";
    note.classList.add("is-hidden");
  }
});

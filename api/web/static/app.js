// Keyboard shortcuts (the page works without them): Ctrl+Enter submits a new referral,
// G accepts and Ä opens the override when no text field has focus.
document.addEventListener("keydown", (event) => {
  const field = event.target.closest("input, textarea, select");
  if (event.ctrlKey && event.key === "Enter" && document.getElementById("new-referral")) {
    event.preventDefault();
    document.getElementById("new-referral").requestSubmit();
    return;
  }
  if (field || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === "g" && document.getElementById("accept")) {
    event.preventDefault();
    document.getElementById("accept").click();
  } else if ((event.key === "ä" || event.key === "Ä") && document.getElementById("urgency")) {
    event.preventDefault();
    document.getElementById("urgency").focus();
  }
});

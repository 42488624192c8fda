// Plain pages (base.ui.PlainPage) work without scripts; this only adds what needs one.
document.querySelectorAll('.print-button').forEach(button => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
// Quotes are the point of a printed handout: open every collapsed one before printing.
window.addEventListener('beforeprint', () => document.querySelectorAll('details').forEach(details => details.open = true));

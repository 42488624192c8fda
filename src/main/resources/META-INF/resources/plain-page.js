// Plain pages (base.ui.PlainPage) work without scripts; this only adds what needs one.
document.querySelectorAll('.print-button').forEach(button => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
// Quotes are the point of a printed handout: open every collapsed one before printing.
window.addEventListener('beforeprint', () => document.querySelectorAll('details').forEach(details => details.open = true));
// "Copy citation" beside each quote: title, date, passage number and the quote.
document.querySelectorAll('.copy-citation').forEach(button => button.addEventListener('click', () => {
  const done = text => { button.textContent = text; setTimeout(() => button.textContent = 'copy citation', 2500); };
  navigator.clipboard.writeText(button.dataset.citation)
      .then(() => done('citation copied'), () => done('could not copy: mark the quote and copy it yourself'));
}));

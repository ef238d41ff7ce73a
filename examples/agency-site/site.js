// The host page listens for the wizard's events: it learns the outcome, never the answers.
// The note is a status region above the wizard, so it is both seen and announced.
document.addEventListener('care-path-wizard:complete', (event) => {
  const note = document.getElementById('result-note');
  note.textContent =
    event.detail.outcome === 'care-manager' || event.detail.outcome === 'both'
      ? 'Sunrise Home Care offers care management at home. Call us to talk it through.'
      : 'Your hospital’s case management team is a good first call. We are here when you get home.';
});

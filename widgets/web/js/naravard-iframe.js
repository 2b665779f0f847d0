// For the page that holds the iframe embed: sizes each <iframe data-naravard-frame="ID"> to
// the height its widget reports, so the frame has no scrollbar. Include it once per page:
// <script src="https://…/naravard/naravard-iframe.js" defer></script>
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'naravard-height' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe[data-naravard-frame]')) {
    // Trust a height only from the frame's own window.
    if (frame.contentWindow !== event.source) continue;
    const height = Math.max(0, Math.min(Math.round(data.height), 20000));
    frame.style.height = `${height}px`;
  }
});

// Copy and download buttons for the policy blocks. Reads the text already on the page; sends nothing anywhere.
for (const block of document.querySelectorAll('[data-policy]')) {
  const status = block.querySelector('.status');
  for (const button of block.querySelectorAll('button[data-copy], button[data-download]'))
    button.hidden = false;
  const copy = block.querySelector('button[data-copy]');
  copy?.addEventListener('click', async () => {
    const text = document.getElementById(copy.dataset.copy)?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Copy failed: select the text and copy it by hand.';
    }
  });
  const download = block.querySelector('button[data-download]');
  download?.addEventListener('click', () => {
    const text = document.getElementById(download.dataset.download)?.textContent ?? '';
    const url = URL.createObjectURL(new Blob([text], { type: download.dataset.mime || 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = download.dataset.filename || 'policy.txt';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = `Downloaded ${a.download}.`;
  });
}

// "Enforce it" above the fold: a target's link opens its tab below (the radio the tabs are made of).
// Without JavaScript the link still goes to the tabs.
for (const a of document.querySelectorAll('[data-enforce-tab]')) {
  a.addEventListener('click', () => {
    const input = document.getElementById(`enforce-${a.getAttribute('data-enforce-tab')}`);
    if (input) input.checked = true;
  });
}

// Keyboard handling for the segment list. Blazor cannot prevent a key's default action
// conditionally, so Ctrl+Enter (which would insert a newline) and Alt+Up/Down are handled here.

export function attach(list, dotnet) {
  const onKeyDown = async (e) => {
    const target = e.target;
    if (!(target instanceof HTMLTextAreaElement) || !target.classList.contains('wb-target')) {
      return;
    }
    const row = Number(target.closest('[data-row]').dataset.row);
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      const next = await dotnet.invokeMethodAsync('ConfirmFromKeyboard', Number(target.dataset.segment), target.value);
      if (next >= 0) {
        await focusRow(list, next, 1);
      }
    } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      await focusRow(list, row + step, step);
    }
  };
  list.addEventListener('keydown', onKeyDown);
  return { dispose: () => list.removeEventListener('keydown', onKeyDown) };
}

// Focuses the text box of a row, skipping rows without one (excluded segments) in the direction
// of travel. The list is virtualized: a far row is not in the DOM until the list scrolls near it.
export async function focusRow(list, row, step) {
  const count = Number(list.dataset.rowCount || 0);
  for (let attempt = 0; attempt < 200 && row >= 0 && row < count; attempt++) {
    const element = list.querySelector(`[data-row="${row}"]`);
    if (element) {
      const textarea = element.querySelector('textarea.wb-target');
      if (!textarea) {
        row += step;
        continue;
      }
      element.scrollIntoView({ block: 'nearest' });
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
      return true;
    }
    const rendered = [...list.querySelectorAll('[data-row]')];
    const average = rendered.length ? rendered.reduce((sum, el) => sum + el.offsetHeight, 0) / rendered.length : 100;
    list.scrollTop = Math.max(0, row * average - list.clientHeight / 2);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
  }
  return false;
}

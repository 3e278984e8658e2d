// Keyboard handling for the segment list. Blazor cannot prevent a key's default action
// conditionally, so Ctrl+Enter (which would insert a newline) and Alt+Up/Down are handled here.

const isTarget = (element) => element instanceof HTMLTextAreaElement && element.classList.contains('wb-target');

export function attach(list, dotnet) {
  const onKeyDown = async (e) => {
    const target = e.target;
    if (!isTarget(target)) {
      return;
    }
    const row = Number(target.closest('[data-row]').dataset.row);
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      delete target.dataset.dirty;
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
  // Typing is saved on "change", which the browser fires when the cursor leaves the box, but not
  // when the tab is reloaded or closed. A box typed in since its last save is marked dirty; before
  // the page goes, its change is fired (sending the save on the circuit) and the browser asks the
  // translator to confirm leaving, which gives that save time to arrive.
  const onInput = (e) => {
    if (isTarget(e.target)) {
      e.target.dataset.dirty = '1';
    }
  };
  const onChange = (e) => {
    if (isTarget(e.target)) {
      delete e.target.dataset.dirty;
    }
  };
  const onBeforeUnload = (e) => {
    const pending = list.querySelector('textarea.wb-target[data-dirty]');
    if (!pending) {
      return;
    }
    pending.dispatchEvent(new Event('change', { bubbles: true }));
    e.preventDefault();
    e.returnValue = '';
  };
  list.addEventListener('keydown', onKeyDown);
  list.addEventListener('input', onInput);
  list.addEventListener('change', onChange, true);
  window.addEventListener('beforeunload', onBeforeUnload);
  return {
    dispose: () => {
      list.removeEventListener('keydown', onKeyDown);
      list.removeEventListener('input', onInput);
      list.removeEventListener('change', onChange, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    },
  };
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

// Shows a capped task count as what it is. On Tasklist's task list the server stops counting at the next hundred
// beyond the page shown and answers one more than that hundred (engine.CappedTaskCounts): 101 means "more than
// 100". This script writes such a count as "100+" where Tasklist shows it (the open filter's counter and the
// search bar's total) and any other count in Dutch digits. Paging is unchanged: the pager offers the pages up to the
// cap, and the cap moves on with the page.
const STEP = 100;
const COUNTS = '.task-filter .counter, .total-results';

function shown(count) {
  const capped = count > STEP && count % STEP === 1;
  return capped ? `${(count - 1).toLocaleString('nl-NL')}+` : count.toLocaleString('nl-NL');
}

// Changes the text node Angular writes the count into, never replaces it: Angular keeps writing into that node.
function rewrite() {
  for (const element of document.querySelectorAll(COUNTS)) {
    for (const node of element.childNodes) {
      const text = node.nodeType === Node.TEXT_NODE ? node.nodeValue.trim() : '';
      if (!/^\d+$/.test(text) || Number(text) < STEP) {
        continue;
      }
      // only a changed text is written: each write is a mutation this observer sees again
      const replacement = shown(Number(text));
      if (replacement !== text) {
        node.nodeValue = replacement;
      }
    }
  }
}

new MutationObserver(rewrite).observe(document.body, {childList: true, subtree: true, characterData: true});
rewrite();

// A paste from a web page carries the page's HTML besides its text: keep it in the hidden field "html", so the
// preview reads the tables' cells instead of guessing columns from the text. The text area keeps the plain text.
(function () {
  var text = document.querySelector('textarea[name="text"]');
  var html = document.querySelector('input[name="html"]');
  var note = document.getElementById('html-pasted');
  if (!text || !html) return;
  function show(on) { if (note) { note.hidden = !on; } }
  text.addEventListener('paste', function (e) {
    var data = e.clipboardData || window.clipboardData;
    var pasted = data && data.getData ? data.getData('text/html') : '';
    var replacesAll = text.value === '' || (text.selectionStart === 0 && text.selectionEnd === text.value.length);
    // HTML describes only what was pasted: kept when the paste is the whole content, dropped otherwise
    html.value = pasted && replacesAll && /<table/i.test(pasted) ? pasted : '';
    show(html.value !== '');
  });
  text.addEventListener('input', function (e) {
    if (e.inputType !== 'insertFromPaste' && html.value !== '') {
      // the person changed the text after pasting: the text is what they mean now
      html.value = '';
      show(false);
    }
  });
})();

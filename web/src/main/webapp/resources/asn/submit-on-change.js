// A list marked data-submit-with="<button id>" presses that button when its choice changes, so the next list fills
// at once; without script the button is still there to press. A file, not an onchange attribute: the
// Content-Security-Policy allows no inline script.
document.addEventListener('change', function (event) {
    var buttonId = event.target.getAttribute && event.target.getAttribute('data-submit-with');
    var button = buttonId && event.target.form && event.target.form.querySelector('#' + buttonId);
    if (button) {
        button.click();
    }
});

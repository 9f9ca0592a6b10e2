// GOV.UK Frontend's own first line of the page body, as a file so that the content security
// policy needs no inline script: styles for JavaScript-enhanced components apply only once this ran.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');

// Runs first thing in <body>: the NHS.UK frontend styles components differently once scripts run.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');

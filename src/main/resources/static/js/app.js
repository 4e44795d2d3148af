import { initAll } from '/nhsuk/nhsuk-frontend.min.js';

initAll();

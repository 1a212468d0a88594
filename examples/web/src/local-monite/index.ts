/** The local Monite: started in the browser and seeded, loaded apart from the app. */
export { seed } from './seed.js';
export { startLocalMonite } from './start.js';

// Loaded by index.html before the app's bundle, as a plain script, so it runs while the
// bundle is still being fetched and compiled. Opening IndexedDB's on-disk store is the
// slowest step of a cold start with a city-sized register (about 0.7 s for 300,000
// records); asking for the list of databases starts that opening at once and creates
// nothing. The app's own open then finds the store ready.
'use strict';
if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
  indexedDB.databases().catch(function () {});
}

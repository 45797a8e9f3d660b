// Unit tests read every locale's messages synchronously: fetch them all first.
import { loadLocale, locales } from '../i18n.svelte';

await Promise.all(locales.map((l) => loadLocale(l.code)));

// @noErrors
import { x } from 'y';
// ---cut---

x();
// @filename: other.ts
const z = 1; // @check

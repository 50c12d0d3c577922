/**
 * The package version, embedded at build time: tsup bundles this JSON import into dist/cli.js, so
 * the built CLI does not depend on where package.json lies at run time.
 */
import { version } from '../../package.json';

/** The version of this package, e.g. `0.1.0`. */
export const VERSION: string = version;

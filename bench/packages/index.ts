// `npm run bench:install` (and the first step of `npm run bench`): installs bench/package.json's packages if missing
// or stale; see ensureBenchPackages.ts.
import { BenchInstallError, ensureBenchPackages } from './ensureBenchPackages';

try {
  ensureBenchPackages();
} catch (error) {
  if (!(error instanceof BenchInstallError)) throw error;
  console.error(`${error.code}: ${error.message}`);
  process.exit(1);
}

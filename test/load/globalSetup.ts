import { ensureBenchPackages } from '../../bench/packages/ensureBenchPackages';

// The load project (this folder and test/bench/) drives gateways with the bench's own packages (autocannon, the
// peer gateway), which a root `npm install` does not install: the first run installs them, as `npm run bench` does.
export default function globalSetup(): void {
  ensureBenchPackages((line) => process.stdout.write(`\n${line}\n`));
}

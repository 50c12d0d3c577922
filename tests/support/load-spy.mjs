// Registered with `node --import ./tests/support/load-spy.mjs …`: appends the URL of every ES module
// the process resolves, and the request of every CommonJS require, to the file named by LOAD_SPY_FILE,
// one a line. Tests use it to see what a command loaded, not how long it took.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const file = process.env.LOAD_SPY_FILE;
if (file) {
  register('./load-spy-hooks.mjs', import.meta.url, { data: { file } });
  const load = Module._load;
  Module._load = function spiedLoad(request, ...rest) {
    appendFileSync(file, `require:${request}\n`);
    return load.call(this, request, ...rest);
  };
}

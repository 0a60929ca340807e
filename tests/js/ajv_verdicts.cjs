// Answers, line by line, whether ajv accepts an instance: the third validator
// of tests/test_portable_schemas.py. Each argument is a schema file; each
// input line is the JSON array [schema file name, instance], each output line
// "1" (valid) or "0". Schemas are compiled in strict mode, draft 2020-12,
// with ajv-formats, as a third party would use them.
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const ajv = new Ajv2020({ strict: true });
addFormats(ajv);
const validators = {};
for (const file of process.argv.slice(2)) {
  validators[path.basename(file)] = ajv.compile(JSON.parse(fs.readFileSync(file, "utf8")));
}
process.stdout.write("ready\n");
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const [name, instance] = JSON.parse(line);
  process.stdout.write(validators[name](instance) ? "1\n" : "0\n");
});

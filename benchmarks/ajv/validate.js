// Validates one JSON document against a JSON Schema (draft 2020-12) with ajv, as a whole Node process:
// read the file, JSON.parse, compile the schema, validate, print the result and the number of errors.
// Usage: node validate.js SCHEMA.json DOCUMENT.json   (exit 0 valid, 1 invalid)
'use strict';
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');

const [schemaFile, documentFile] = process.argv.slice(2);
if (!schemaFile || !documentFile) {
  console.error('usage: node validate.js SCHEMA.json DOCUMENT.json');
  process.exit(2);
}
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const document = JSON.parse(fs.readFileSync(documentFile, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const valid = validate(document);
const errors = valid ? 0 : validate.errors.length;
console.log(`${documentFile}: ${valid ? 'valid' : 'invalid'}, ${errors} errors`);
process.exit(valid ? 0 : 1);

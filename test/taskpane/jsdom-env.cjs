/**
 * jsdom plus the few standard globals jsdom leaves out and the core needs (TextEncoder for
 * SHA-256 of UTF-8, structuredClone for the worker protocol): `@jest-environment ./test/taskpane/jsdom-env.cjs`.
 */
"use strict";
const { TestEnvironment } = require("jest-environment-jsdom");

class JsdomWithEncoding extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.TextEncoder = TextEncoder;
    this.global.TextDecoder = TextDecoder;
    this.global.structuredClone = structuredClone;
  }
}

module.exports = JsdomWithEncoding;

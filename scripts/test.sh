#!/usr/bin/env bash
# npm test: jest's `main` project (unit, integration, browser; two workers), then `browser-timed`, the browser tests
# with a time budget, one file at a time (jest.config.js says why). Arguments go to both runs, e.g.
# `npm test -- --ci` or `npm test -- --testPathPatterns journeys`; either run failing fails the whole, after both ran.
set -uo pipefail
jest=(node --experimental-vm-modules --disable-warning=ExperimentalWarning node_modules/jest/bin/jest.js)
status=0
"${jest[@]}" --selectProjects main --passWithNoTests "$@" || status=$?
"${jest[@]}" --selectProjects browser-timed --runInBand --passWithNoTests "$@" || status=$?
exit "$status"

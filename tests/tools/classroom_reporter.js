// What GitHub Classroom's reporter action writes to a job's log, for the kit's tests.
//
// The action (classroom-resources/autograding-grading-reporter@v1) is not published on
// npm, so the tests cannot install it. This is a re-implementation of its output, written
// from reading its bundled source (dist/main.js of the v1 tag): the same inputs, the
// same lines, the same arithmetic in JavaScript numbers. Colours are left out and the
// summary table is drawn with plain bars, its cells cut to the widths the action gives
// cli-table3 (20, 13 and 13 characters, one space of padding on each side).
//
// Input, as the action gets it: INPUT_RUNNERS (the `runners` input, comma-separated)
// and, for each runner, <RUNNER>_RESULTS holding base64 of the runner's JSON object.
// Exit code 1 where the action marks the step failed (some test failed or errored,
// or the input could not be read), as `::error::` lines say.
"use strict";

const WIDTHS = [20, 13, 13];

function cell(value, width) {
  const text = String(value);
  const room = width - 2;
  const shown = text.length > room ? text.slice(0, room - 1) + "\u2026" : text;
  return " " + shown.padEnd(room) + " ";
}

function row(values) {
  return "|" + values.map((v, i) => cell(v, WIDTHS[i])).join("|") + "|";
}

function readRunners() {
  return (process.env.INPUT_RUNNERS || "").split(",").map((runner) => {
    const encoded = process.env[`${runner.trim().toUpperCase()}_RESULTS`];
    const text = Buffer.from(encoded, "base64").toString("utf-8");
    return { runner, results: JSON.parse(text) };
  });
}

// A runner's points as the action counts them: the share of its tests that passed, times max_score.
function passShare(results) {
  const passed = results.tests.filter((t) => t.status === "pass").length;
  return (passed / results.tests.length) * (results.max_score || 0);
}

function listTests(runners) {
  let passedAll = 0;
  let countAll = 0;
  runners.forEach(({ runner, results }, index) => {
    if (index > 0) console.log("\u{1F680}".repeat(24) + "\n");
    console.log(`\u{1F504} Processing: ${runner}`);
    let passed = 0;
    for (const test of results.tests) {
      const line = test.line_no !== 0 ? ` - line ${test.line_no}` : "";
      if (test.status === "pass") {
        passed += 1;
        console.log(`\u2705 ${test.name}${line}`);
      } else if (test.status === "error") {
        console.log(`Error: ${test.message || `Failed to run test '${test.name}'`}\n`);
      } else {
        console.log(`\u274C ${test.name}${line}`);
      }
      if (test.test_code) console.log(`Test code:\n${test.test_code}\n`);
    }
    passedAll += passed;
    countAll += results.tests.length;
    const max = results.max_score || 0;
    if (max !== 0) console.log(`Total points for ${runner}: ${passShare(results).toFixed(2)}/${max}\n`);
  });
  return [passedAll, countAll];
}

function summaryTable(runners) {
  console.log("Test runner summary");
  const lines = [row(["Test Runner Name", "Test Score", "Max Score"])];
  let scores = 0;
  let maxima = 0;
  for (const { runner, results } of runners) {
    const max = results.max_score || 0;
    const score = passShare(results);
    lines.push(row([runner.trim(), score, max]));
    scores += score;
    maxima += max;
  }
  lines.push(row(["Total: ", `${scores}`, `${maxima}`]));
  console.log(lines.join("\n"));
}

// The points Classroom records: the tests' scores of the runners that have a max_score.
function notifyClassroom(runners) {
  let total = 0;
  let max = 0;
  for (const { results } of runners) {
    if (!results.max_score) continue;
    max += results.max_score;
    for (const test of results.tests) total += test.score;
  }
  if (!max) return;
  console.log(`::notice title=Autograding complete::Points ${total}/${max}`);
  console.log(`::notice title=Autograding report::${JSON.stringify({ totalPoints: total, maxPoints: max })}`);
}

function main() {
  let runners;
  try {
    runners = readRunners();
    const [passed, count] = listTests(runners);
    summaryTable(runners);
    console.log(`\u{1F3C6} Grand total tests passed: ${passed}/${count}\n`);
    notifyClassroom(runners);
  } catch (error) {
    console.log(`::error::${error.message}`);
    return 1;
  }
  if (runners.some((r) => r.results.status === "fail")) {
    console.log("::error::Some tests failed.");
    return 1;
  }
  if (runners.some((r) => r.results.status === "error")) {
    console.log("::error::Some tests errored.");
    return 1;
  }
  return 0;
}

process.exitCode = main();

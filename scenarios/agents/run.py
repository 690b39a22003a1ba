#!/usr/bin/env python3
"""Runs recorded agent sessions against a guarded fixture: each step is a tool call as one agent's
hook sends it (before the tool), the tool really run in the fixture when the answer lets it, and the
call after it; the runner checks the answer the agent would see.

    scenarios/agents/run.py --backstop PATH [--format text|json] [NAME ...]

A session is a JSON file here: {"about", "dialect", "steps": [STEP, ...]}, where a STEP is
    {"shell": COMMAND} or {"write": PATH, "content": TEXT}
    "pre":  "allow" or "deny RULE"           what the call before the tool must answer
    "post": "quiet" or "rolled back CLASS"   what the call after it must tell the agent (when it ran)
Placeholders {{github_token}} and friends are filled with fake tokens assembled at run time.

The fixture is the scenario suite's (scenarios/run.py): a committed project, an ignored .env, an
approved remote, the hooks installed and the watcher running. Exit 0 when every step answered as
expected, 1 otherwise, 3 when the runner itself broke.
"""

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


# The command corpus's runner (its fake tokens), which loads the scenario suite's (its fixture).
_specification = importlib.util.spec_from_file_location("command_corpus", os.path.join(os.path.dirname(HERE), "commands", "run.py"))
commands = importlib.util.module_from_spec(_specification)
_specification.loader.exec_module(commands)
suite = commands.suite


def payloads(dialect, step, root, index):
    """The (before, after) payloads of one step as the dialect's hook receives them, and the extra
    command-line words (Copilot's camelCase payload has no event name)."""
    session, call = "agent-session", f"call-{index}"
    if dialect == "opencode":
        if "shell" in step:
            name, args = "bash", {"command": step["shell"]}
        else:
            name, args = "write", {"filePath": os.path.join(root, step["write"]), "content": step["content"]}
        common = {"tool": name, "sessionID": session, "callID": call, "args": args, "cwd": root}
        return common, dict(common, output="")
    if "shell" in step:
        command = step["shell"]
        tools = {"claude": ("Bash", {"command": command}), "codex": ("Bash", {"command": command}),
                 "gemini": ("run_shell_command", {"command": command}), "copilot": ("bash", {"command": command}),
                 "cursor": ("Shell", {"command": command})}
    else:
        path, content = step["write"], step["content"]
        tools = {"claude": ("Write", {"file_path": os.path.join(root, path), "content": content}),
                 "codex": ("apply_patch", {"command": f"*** Begin Patch\n*** Add File: {path}\n" + "".join("+" + line + "\n" for line in content.splitlines()) + "*** End Patch\n"}),
                 "gemini": ("write_file", {"file_path": os.path.join(root, path), "content": content}),
                 "copilot": ("create", {"path": os.path.join(root, path), "file_text": content}),
                 "cursor": ("Write", {"file_path": os.path.join(root, path), "content": content})}
    name, tool_input = tools[dialect]
    if dialect == "cursor":
        common = {"conversation_id": session, "generation_id": call, "workspace_roots": [root], "cwd": root}
        before = dict(common, hook_event_name="beforeShellExecution", command=step["shell"]) if "shell" in step else \
            dict(common, hook_event_name="preToolUse", tool_name=name, tool_input=tool_input)
        after = dict(common, hook_event_name="postToolUse", tool_name=name, tool_input=tool_input)
        return before, after
    events = {"claude": ("PreToolUse", "PostToolUse"), "codex": ("PreToolUse", "PostToolUse"), "gemini": ("BeforeTool", "AfterTool"),
              "copilot": ("PreToolUse", "PostToolUse")}[dialect]
    common = {"session_id": session, "cwd": root, "tool_name": name, "tool_input": tool_input, "tool_use_id": call}
    return dict(common, hook_event_name=events[0]), dict(common, hook_event_name=events[1], tool_response={"stdout": "", "stderr": ""})


def answer(dialect, result):
    """(denied, rule text, context) from a hook's exit status and output, as the agent reads them."""
    stdout, stderr = result.stdout.decode(errors="replace").strip(), result.stderr.decode(errors="replace").strip()
    document = {}
    if stdout:
        try:
            document = json.loads(stdout)
        except ValueError:
            document = {}
    output = document.get("hookSpecificOutput", {}) if isinstance(document, dict) else {}
    if dialect in ("claude", "codex") and output.get("permissionDecision") == "deny":
        return True, output.get("permissionDecisionReason", ""), ""
    if dialect == "codex" and result.returncode == 2:
        return True, stderr, ""
    if dialect == "gemini" and (document.get("decision") == "deny" or result.returncode == 2):
        return True, document.get("reason", stderr), ""
    if dialect == "copilot" and document.get("permissionDecision") == "deny":
        return True, document.get("permissionDecisionReason", ""), ""
    if dialect == "cursor" and document.get("permission") == "deny":
        return True, document.get("agent_message", ""), ""
    if dialect == "opencode":
        return (True, stderr, "") if result.returncode == 2 else (False, "", stdout)
    context = output.get("additionalContext") or document.get("additional_context") or document.get("additionalContext") or ""
    return False, "", context


def call(backstop, root, env, dialect, payload, event):
    # OpenCode's plugin names the event on the command line, as its configuration writes it.
    extra = ["--event", event] if dialect == "opencode" else []
    return subprocess.run([backstop, "-C", root, "hook", "agent", "--dialect", dialect] + extra, cwd=root, env=env, input=json.dumps(payload).encode(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120, start_new_session=True)


def run_session(path, base, fixture, backstop, values):
    session = json.load(open(path))
    name = os.path.basename(path)[:-len(".json")]
    dialect = session["dialect"]
    run = os.path.join(base, "runs", name)
    repo, env = suite.prepare(fixture, run, backstop)
    problems = []
    try:
        for index, step in enumerate(session["steps"]):
            step = json.loads(suite_substitute(json.dumps(step), values))
            before, after = payloads(dialect, step, repo, index)
            denied, reason, _ = answer(dialect, call(backstop, repo, env, dialect, before, "before"))
            expected = step.get("pre", "allow")
            if expected == "allow" and denied:
                problems.append(f"step {index}: denied ({reason[:160]}), expected allow")
                continue
            if expected.startswith("deny"):
                rule = expected.split()[1]
                if not denied or f"[{rule}]" not in reason:
                    problems.append(f"step {index}: expected {expected}, got {'deny: ' + reason[:160] if denied else 'allow'}")
                continue
            if "shell" in step:
                subprocess.run(["bash", "-c", step["shell"]], cwd=repo, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               stdin=subprocess.DEVNULL, timeout=120, start_new_session=True)
            else:
                target = os.path.join(repo, step["write"])
                os.makedirs(os.path.dirname(target), exist_ok=True)
                open(target, "w").write(step["content"])
            _, _, context = answer(dialect, call(backstop, repo, env, dialect, after, "after"))
            wanted = step.get("post", "quiet")
            if wanted == "quiet" and "rolled back" in context:
                problems.append(f"step {index}: told of a rollback, expected nothing: {context[:200]}")
            elif wanted.startswith("rolled back") and (wanted.split()[-1] not in context or "rolled back" not in context):
                problems.append(f"step {index}: expected '{wanted}' in the context, got: {context[:200] or '(nothing)'}")
    finally:
        subprocess.run([backstop, "-C", repo, "watch", "--stop"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       start_new_session=True)
    return {"session": name, "dialect": dialect, "about": session.get("about", ""), "steps": len(session["steps"]), "problems": problems}


def suite_substitute(text, values):
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    return text


def main():
    parser = argparse.ArgumentParser(description="recorded agent sessions against a guarded fixture")
    parser.add_argument("--backstop", required=True)
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("names", nargs="*")
    arguments = parser.parse_args()
    backstop = os.path.abspath(arguments.backstop)
    sessions = sorted(os.path.join(HERE, name) for name in os.listdir(HERE) if name.endswith(".json")
                      and (not arguments.names or any(n in name for n in arguments.names)))
    values = commands.fake_values()
    base = tempfile.mkdtemp(prefix="backstop-agents-")
    try:
        fixture = suite.build_fixture(os.path.join(base, "fixture"), backstop)
        results = [run_session(path, base, fixture, backstop, values) for path in sessions]
    except Exception as error:  # the runner broke: say so, exit 3
        print(f"scenarios/agents: cannot run: {error}", file=sys.stderr)
        return 3
    if arguments.format == "json":
        print(json.dumps(results, indent=1))
    else:
        print("| session | dialect | steps | result |\n| --- | --- | --- | --- |")
        for result in results:
            print(f"| {result['session']} | {result['dialect']} | {result['steps']} | {'ok' if not result['problems'] else 'FAILED'} |")
        for result in results:
            for problem in result["problems"]:
                print(f"  {result['session']}: {problem}")
    subprocess.run(["rm", "-rf", base])
    return 0 if all(not result["problems"] for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())

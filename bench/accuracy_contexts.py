"""How a value is written into a file, for the labelled accuracy corpus (bench/accuracy.py).

Every context is a function (name, value) -> (filename, content): the value assigned to a variable,
key or setting called `name` in one syntax, inside a little neutral code, one value per file.
"""

import json


def camel(name):
    head, *rest = name.split("_")
    return head.lower() + "".join(p.capitalize() for p in rest)


def pascal(name):
    return "".join(p.capitalize() for p in name.split("_"))


def ctx_python(name, value):
    return "settings.py", f'import os\n\nDEBUG = False\n{name} = "{value}"\nTIMEOUT = 30\n'


def ctx_python_call(name, value):
    return "client.py", f'from service import Client\n\n\ndef make_client():\n    return Client(base_url="https://api.example.com", {name.lower()}="{value}")\n'


def ctx_js(name, value):
    return "config.js", f'const retries = 3;\nconst {camel(name)} = "{value}";\nmodule.exports = {{ retries, {camel(name)} }};\n'


def ctx_js_object(name, value):
    return "api.ts", f"export const config = {{\n  region: 'us-east-1',\n  {camel(name)}: '{value}',\n}};\n"


def ctx_go(name, value):
    return "main.go", f'package main\n\nimport "fmt"\n\nfunc main() {{\n\t{camel(name)} := "{value}"\n\tfmt.Println(len({camel(name)}))\n}}\n'


def ctx_java(name, value):
    return "Settings.java", f'public final class Settings {{\n    private static final String {name.upper()} = "{value}";\n    private Settings() {{}}\n}}\n'


def ctx_yaml(name, value):
    return "config.yaml", f"service:\n  name: orders\n  {name.lower()}: {value}\n  replicas: 2\n"


def ctx_yaml_quoted(name, value):
    return "values.yml", f'app:\n  port: 8080\n  {name.lower()}: "{value}"\n'


def ctx_json(name, value):
    return "credentials.json", json.dumps({"name": "orders", name.lower(): value, "region": "eu-west-1"}, indent=2) + "\n"


def ctx_env(name, value):
    return ".env", f"NODE_ENV=production\n{name.upper()}={value}\nPORT=3000\n"


def ctx_shell(name, value):
    return "deploy.sh", f'#!/bin/sh\nset -e\nexport {name.upper()}="{value}"\n./bin/deploy --env prod\n'


def ctx_docker(name, value):
    return "Dockerfile", f"FROM python:3.12-slim\nENV {name.upper()}={value}\nCMD [\"python\", \"app.py\"]\n"


def ctx_xml(name, value):
    return "app.config", f'<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="{camel(name)}" value="{value}" />\n  </appSettings>\n</configuration>\n'


def ctx_toml(name, value):
    return "config.toml", f'[service]\nname = "orders"\n{name.lower()} = "{value}"\n'


def ctx_markdown(name, value):
    return "SETUP.md", f"# Setup\n\nRun the client with:\n\n```bash\nexport {name.upper()}={value}\n./client sync\n```\n"


def ctx_ruby(name, value):
    return "production.rb", f"Rails.application.configure do\n  config.cache_classes = true\n  config.x.{name.lower()} = '{value}'\nend\n"


def ctx_php(name, value):
    return "services.php", f"<?php\n\nreturn [\n    'timeout' => 30,\n    '{name.lower()}' => '{value}',\n];\n"


def ctx_csharp(name, value):
    return "Settings.cs", f'namespace Orders;\n\npublic static class Settings\n{{\n    public const string {pascal(name)} = "{value}";\n}}\n'


def ctx_kotlin(name, value):
    return "Config.kt", f'package orders\n\nobject Config {{\n    const val TIMEOUT = 30\n    val {camel(name)} = "{value}"\n}}\n'


def ctx_rust(name, value):
    return "config.rs", f'pub const TIMEOUT_SECS: u64 = 30;\npub const {name.upper()}: &str = "{value}";\n'


def ctx_swift(name, value):
    return "Config.swift", f'enum Config {{\n    static let timeout = 30\n    static let {camel(name)} = "{value}"\n}}\n'


def ctx_ini(name, value):
    return "settings.ini", f"[default]\nregion = eu-west-1\n{name.lower()} = {value}\n"


def ctx_properties(name, value):
    return "application.properties", f"server.port=8080\napp.{name.lower().replace('_', '.')}={value}\n"


def ctx_hcl(name, value):
    return "main.tf", f'provider "orders" {{\n  region = "eu-west-1"\n  {name.lower()} = "{value}"\n}}\n'


def ctx_powershell(name, value):
    return "deploy.ps1", f'$ErrorActionPreference = "Stop"\n$env:{name.upper()} = "{value}"\n./deploy.exe --env prod\n'


def ctx_compose(name, value):
    return "docker-compose.yml", f"services:\n  app:\n    image: orders:latest\n    environment:\n      - {name.upper()}={value}\n"


def ctx_k8s_secret(name, value):
    return "secret.yaml", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders\ntype: Opaque\nstringData:\n  {name.lower()}: \"{value}\"\n"


def ctx_actions(name, value):
    return "deploy.yml", f"on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      {name.upper()}: {value}\n    steps:\n      - run: ./deploy\n"


def ctx_tfvars(name, value):
    return "prod.tfvars", f'region = "eu-west-1"\n{name.lower()} = "{value}"\n'


def ctx_header(name, value):
    return "fetch.sh", f'#!/bin/sh\ncurl -s -H "Authorization: Bearer {value}" https://api.example.com/v1/me\n'


def ctx_bare(name, value):
    return "notes.txt", f"rotated on monday, new one below\n{value}\n"


def ctx_neutral(name, value):
    """A self-describing token under a name that says nothing: only its shape can give it away."""
    return ctx_python("value", value)


# The contexts the original corpus rotates through (kept in this order so its cases stay as they were).
CODE_CONTEXTS = [ctx_python, ctx_python_call, ctx_js, ctx_js_object, ctx_go, ctx_java, ctx_yaml, ctx_yaml_quoted,
                 ctx_json, ctx_env, ctx_shell, ctx_docker, ctx_xml, ctx_toml, ctx_markdown]

# Every named context, for provider credentials: each provider gets a few of these in turn.
NAMED_CONTEXTS = CODE_CONTEXTS + [ctx_ruby, ctx_php, ctx_csharp, ctx_kotlin, ctx_rust, ctx_swift, ctx_ini, ctx_properties,
                                  ctx_hcl, ctx_powershell, ctx_compose, ctx_k8s_secret, ctx_actions, ctx_tfvars]


def context_name(context):
    return context.__name__[4:]

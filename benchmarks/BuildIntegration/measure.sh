#!/usr/bin/env bash
# Whole-process measurement of the build integration: what `dotnet build` costs a consumer of the
# Leadtype package on a cold build, a build with no change, and a build after editing one page.
#
#   benchmarks/BuildIntegration/measure.sh [pages]      (default 300; needs node for make-corpus)
#
# Packs the package once into a temp feed, creates a consumer whose docs/ is a synthetic corpus
# (../shared/tools/make-corpus), and reports wall time per build plus the LeadtypeGenerate and
# CoreCompile target times from MSBuild's performance summary.
set -euo pipefail
pages="${1:-300}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.1.0-bench.$(date +%s)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 NUGET_PACKAGES="$work/packages"

dotnet pack "$root/src/Leadtype.Package" -c Release -o "$work/feed" -p:Version="$version" -nodeReuse:false >/dev/null
mkdir -p "$work/app"
node "$root/../shared/tools/make-corpus" --pages "$pages" --out "$work/corpus" >/dev/null
cp -r "$work/corpus" "$work/app/docs"
[ -f "$work/app/docs/leadtype.json" ] || true
cat > "$work/app/NuGet.config" <<XML
<configuration><packageSources><add key="bench" value="$work/feed" /></packageSources></configuration>
XML
cat > "$work/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings>
    <LeadtypeBrokenLinksAsErrors>false</LeadtypeBrokenLinksAsErrors><TreatWarningsAsErrors>false</TreatWarningsAsErrors><NoWarn>\$(NoWarn);LT0030;LT0031;LT0203</NoWarn>
  </PropertyGroup>
  <ItemGroup><PackageReference Include="Leadtype" Version="$version" /></ItemGroup>
</Project>
XML
echo 'Console.WriteLine(App.Docs.Manifest.Pages.Count);' > "$work/app/Program.cs"
cd "$work/app"
dotnet restore >/dev/null

measure() {
  local label="$1"; shift
  local start end log
  log="$work/$label.log"
  start=$(date +%s%N)
  dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=false -clp:PerformanceSummary -v:n "$@" >"$log" 2>&1
  end=$(date +%s%N)
  local generate compile
  generate=$(grep -E '^\s+[0-9]+ ms\s+LeadtypeGenerate\s' "$log" | awk '{print $1}' | head -1)
  compile=$(grep -E '^\s+[0-9]+ ms\s+CoreCompile\s' "$log" | awk '{print $1}' | head -1)
  local skipped="ran"
  grep -q 'Skipping target "LeadtypeGenerate"' "$log" && skipped="skipped"
  printf '%-22s wall %6d ms   LeadtypeGenerate %6s ms (%s)   CoreCompile %6s ms\n' "$label" $(( (end - start) / 1000000 )) "${generate:-0}" "$skipped" "${compile:-0}"
}

echo "consumer with $(find docs -name '*.mdx' | wc -l) pages, SDK $(dotnet --version)"
measure cold-build
measure no-change
first=$(find docs -name '*.mdx' | sort | head -1)
printf '\nOne more paragraph.\n' >> "$first"
measure one-page-edited
measure no-change-again

using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using Leadtype.Cli.Reporting;
using Leadtype.Model;
using Leadtype.Output;
using Leadtype.Site;

namespace Leadtype.Cli.Commands;

/// <summary>
/// <c>leadtype generate</c>: turns a docs folder into the complete <c>public/</c> surface (or a
/// package bundle). Parses the command line and prints; the run itself is <see cref="SitePipeline"/>.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var src = new Option<string>("--src") { Description = "Project root that holds the docs folder (and leadtype.json).", DefaultValueFactory = _ => ".", HelpName = "DIR" };
        var output = new Option<string>("--out") { Description = "Output directory.", DefaultValueFactory = _ => "public", HelpName = "DIR" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute site URL for links in site artifacts (default: NEXT_PUBLIC_SITE_URL, VERCEL_URL, …, else http://localhost:3000).", HelpName = "URL" };
        var docsDirs = new Option<string[]>("--docs-dir")
        {
            Description = "Docs folder, relative to --src (repeatable; default docs). The first is served under /docs, each later one under /docs/<folder name>, or the given prefix.",
            HelpName = "DIR[=/prefix]",
            AllowMultipleArgumentsPerToken = false,
        };
        var include = new Option<string[]>("--include")
        {
            Description = "Only the .mdx pages whose docs-relative path matches GLOB (repeatable; * within a folder, ** anything, **/ any folders). Curated navigation is not used then.",
            HelpName = "GLOB",
            AllowMultipleArgumentsPerToken = false,
        };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Leave out the .mdx pages whose docs-relative path matches GLOB (repeatable; after --include).",
            HelpName = "GLOB",
            AllowMultipleArgumentsPerToken = false,
        };
        var bundle = new Option<bool>("--bundle") { Description = "Package mode: AGENTS.md, SKILL.md and docs/*.md to ship inside a package; no URL-anchored site files." };
        var config = new Option<string?>("--config") { Description = "leadtype.json to use (default: leadtype.json in --src, else in the docs folder).", HelpName = "FILE" };
        var name = new Option<string?>("--name") { Description = "Product name (overrides product.name).", HelpName = "TEXT" };
        var summary = new Option<string?>("--summary") { Description = "Product summary (overrides product.tagline).", HelpName = "TEXT" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON on standard output." };
        var force = new Option<bool>("--force") { Description = "Ignore the incremental cache: convert every page and rebuild everything." };
        var watch = new Option<bool>("--watch", "-w") { Description = "Rebuild when the docs or the config change (150 ms after the last change); Ctrl+C stops." };
        var diagnostics = new Option<string>("--diagnostics") { Description = "Diagnostic format: text (path:line:col: severity LTxxxx: message) or msbuild.", DefaultValueFactory = _ => "text", HelpName = "FORMAT" };
        diagnostics.AcceptOnlyFromAmong("text", "msbuild");
        var skip = new Option<string[]>("--skip-diagnostics")
        {
            Description = "Diagnostic ids another reporter shows in the same build (the MSBuild targets pass the source generator's): not printed, and their errors do not fail a run that wrote its output.",
            HelpName = "ID[,ID…]",
        };
        var searchBinary = new Option<string?>("--search-binary")
        {
            Description = "Also write the compact binary search index (what Docs.Search loads when the index is too large to embed) to FILE, outside the output directory (the MSBuild targets use obj/ and copy it next to the app).",
            HelpName = "FILE",
        };
        searchBinary.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>()))
            {
                result.AddError("--search-binary needs a file path.");
            }
        });
        // The original's spellings, so scripts written for it keep working.
        var format = new Option<string?>("--format") { Description = "Output format: text, or json (the same as --json).", HelpName = "text|json" };
        format.AcceptOnlyFromAmong("text", "json");
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print how long each stage took (on standard error)." };
        var mcp = new Option<bool>("--mcp") { Description = "Deprecated: set agents.mcp.enabled in leadtype.json. Needs --bundle; adds the search files and manifest an MCP server reads." };
        var enrichGit = new Option<bool>("--enrich-git") { Description = "Deprecated, does nothing: page dates come from git history whenever it is available." };
        var cacheDir = new Option<string?>("--cache-dir") { Description = "Incremental cache directory (default: $LEADTYPE_CACHE_DIR, else <src>/.leadtype/cache; the MSBuild targets use obj/).", HelpName = "DIR" };

        var command = new Command("generate", "Generate the docs artifacts (Markdown mirrors, llms.txt, llms-full.txt, search index, sitemaps, robots.txt, feeds, …) or a package bundle.")
        {
            src, output, baseUrl, docsDirs, include, exclude, bundle, config, name, summary, json, format, force, watch, verbose, diagnostics, skip, cacheDir, searchBinary, mcp, enrichGit,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(mcp) && !result.GetValue(bundle))
            {
                result.AddError("--mcp requires --bundle (MCP artifacts ship in the bundle)");
            }
        });

        command.SetAction(parse =>
        {
            var jsonMode = parse.GetValue(json) || parse.GetValue(format) == "json";
            if (parse.GetValue(mcp))
            {
                Console.Error.WriteLine("warning: --mcp is deprecated; set agents.mcp.enabled to true in leadtype.json instead.");
            }

            if (parse.GetValue(enrichGit))
            {
                Console.Error.WriteLine("warning: --enrich-git is deprecated and does nothing; page dates come from git history whenever it is available.");
            }

            var watchMode = parse.GetValue(watch);
            var progress = jsonMode ? null : TerminalProgress.ForStandardError();
            var options = new GenerateOptions
            {
                SourceDirectory = parse.GetValue(src) ?? ".",
                OutputDirectory = parse.GetValue(output) ?? "public",
                BaseUrl = parse.GetValue(baseUrl),
                DocsDirectories = parse.GetValue(docsDirs) ?? Array.Empty<string>(),
                IncludePages = parse.GetValue(include) ?? Array.Empty<string>(),
                ExcludePages = parse.GetValue(exclude) ?? Array.Empty<string>(),
                Mode = parse.GetValue(bundle) ? SiteMode.Bundle : SiteMode.Site,
                ConfigFile = parse.GetValue(config),
                ProductName = parse.GetValue(name),
                ProductSummary = parse.GetValue(summary),
                Force = parse.GetValue(force),
                CacheDirectory = parse.GetValue(cacheDir),
                SearchBinaryFile = parse.GetValue(searchBinary),
                EnableMcp = parse.GetValue(mcp),
                Progress = progress,
            };
            var diagnosticFormat = parse.GetValue(diagnostics) == "msbuild" ? DiagnosticFormat.MSBuild : DiagnosticFormat.Text;
            var reporter = new GenerateReporter(Console.Out, Console.Error, diagnosticFormat, options.WorkingDirectory, jsonMode, SkippedDiagnostics.Parse(parse.GetValue(skip)))
            {
                Verbose = parse.GetValue(verbose),
            };
            return watchMode ? Watch(options, reporter, progress) : Once(options, reporter, progress);
        });
        return command;
    }

    private static int Once(GenerateOptions options, GenerateReporter reporter, TerminalProgress? progress)
    {
        GenerateResult result;
        try
        {
            result = reporter.Skipped.Apply(SitePipeline.Run(options));
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A bug, not a docs problem: say so briefly; DEBUG=1 shows where.
            progress?.Clear();
            Console.Error.WriteLine("leadtype generate: unexpected error: " + error.Message);
            Console.Error.WriteLine(Environment.GetEnvironmentVariable("DEBUG") is { Length: > 0 } ? error.ToString() : "  → set DEBUG=1 to print the stack");
            return ExitCodes.Failure;
        }

        progress?.Clear();
        reporter.Report(result);
        return result.ExitCode;
    }

    private static int Watch(GenerateOptions options, GenerateReporter reporter, TerminalProgress? progress)
    {
        using var stop = new CancellationTokenSource();
        var registrations = new List<PosixSignalRegistration>();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    // Stop watching instead of dying mid-write: the build in progress is cancelled,
                    // which releases the output lock, and the process exits 0.
                    context.Cancel = true;
                    if (!stop.IsCancellationRequested)
                    {
                        Console.Error.WriteLine("stopping…");
                    }

                    stop.Cancel();
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // SIGTERM is not available everywhere; Ctrl+C still works.
            }
        }

        try
        {
            // The watcher handles Ctrl+C itself, so the lock's exit-on-signal is off for its builds.
            var watched = options with { Output = OutputOptions.FromEnvironment(options.Environment) with { ExitOnSignal = false } };
            var watcher = new GenerateWatcher(watched);
            var usage = false;
            watcher.Built += built =>
            {
                var result = reporter.Skipped.Apply(built);
                progress?.Clear();
                reporter.Report(result);
                usage |= result.Status == GenerateStatus.UsageError;
                if (usage)
                {
                    stop.Cancel();
                }
            };
            watcher.Watching += paths => Console.Error.WriteLine("watching for changes — press Ctrl+C to stop (" + string.Join(", ", Display(reporter, paths)) + ")");
            watcher.Rebuilding += paths => Console.Error.WriteLine("change detected (" + string.Join(", ", Display(reporter, paths)) + ") — regenerating");
            watcher.BuildCrashed += error => Console.Error.WriteLine("leadtype generate: watch rebuild failed: " + error.Message);
            watcher.Run(stop.Token);
            Console.Error.WriteLine("stopped watching");
            return usage ? ExitCodes.Usage : ExitCodes.Success;
        }
        finally
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }

    private static IEnumerable<string> Display(GenerateReporter reporter, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            yield return reporter.Printer.Display(path);
        }
    }
}

using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Leadtype.Model;
using Leadtype.Site;

namespace Leadtype.Cli.Reporting;

/// <summary>
/// What <c>leadtype generate</c> prints for a run: diagnostics and a one-line summary on standard
/// error (machine-readable data goes to standard output only with <c>--json</c>), and after a
/// bundle build the AGENTS.md pointer guidance on standard output.
/// </summary>
internal sealed class GenerateReporter
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly DiagnosticPrinter _printer;
    private readonly bool _json;

    public GenerateReporter(TextWriter output, TextWriter error, DiagnosticFormat format, string workingDirectory, bool json, SkippedDiagnostics? skipped = null)
    {
        Skipped = skipped ?? SkippedDiagnostics.None;
        _out = output;
        _error = error;
        _json = json;
        _printer = new DiagnosticPrinter(error, format, workingDirectory);
    }

    public DiagnosticPrinter Printer => _printer;

    /// <summary>Print each stage's time after the summary (<c>--verbose</c>).</summary>
    public bool Verbose { get; init; }

    /// <summary>Ids another reporter shows (<c>--skip-diagnostics</c>); applied to a result before it is reported.</summary>
    public SkippedDiagnostics Skipped { get; }

    public void Report(GenerateResult result)
    {
        _printer.Print(result.Diagnostics);
        if (result.Status == GenerateStatus.UsageError)
        {
            _error.WriteLine("leadtype generate: " + result.Message);
            _error.WriteLine("Run 'leadtype generate --help' for usage.");
            return;
        }

        if (_json)
        {
            _out.Write(GenerateJson.Render(result, _printer));
        }

        _error.WriteLine(SummaryLine(result));
        if (Verbose && result.Timings.Count > 0)
        {
            _error.WriteLine(StageLine(result));
        }

        if (!_json && result.Summary is { Mode: SiteMode.Bundle } summary && result.Status != GenerateStatus.Failed)
        {
            _out.Write(BundleGuidance(PackageName(summary)));
        }
    }

    /// <summary><c>stages: scan 4 ms, convert 120 ms, …</c> in run order.</summary>
    public static string StageLine(GenerateResult result)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (var (stage, elapsed) in result.Timings)
        {
            parts.Add(stage + " " + elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms");
        }

        return "stages: " + string.Join(", ", parts);
    }

    public string SummaryLine(GenerateResult result)
    {
        var ms = 0.0;
        foreach (var (stage, elapsed) in result.Timings)
        {
            if (stage == "total")
            {
                ms = elapsed.TotalMilliseconds;
            }
        }

        var time = ms.ToString("0", CultureInfo.InvariantCulture) + " ms";
        var problems = Problems(result);
        switch (result.Status)
        {
            case GenerateStatus.Failed when result.Message is not null:
                return "leadtype generate: " + result.Message;
            case GenerateStatus.Failed:
                return "leadtype generate: failed" + problems + "; the output was not changed.";
        }

        var summary = result.Summary!;
        var output = _printer.Display(summary.OutputDirectory);
        if (result.UpToDate)
        {
            return "Up to date: " + output + " (" + summary.Pages + " pages, nothing changed" + problems + ") in " + time;
        }

        var counts = result.Output!;
        var cache = result.Cache is { Reused: > 0 } c ? ", " + c.Reused + " unchanged pages reused" : string.Empty;
        var line = "Generated docs pipeline output in " + output + ": " + summary.Pages + " pages, " + counts.Written.Count + " files written, "
            + counts.Unchanged + " unchanged, " + counts.Deleted.Count + " deleted" + cache + problems + " in " + time;
        return result.Status == GenerateStatus.CompletedWithErrors ? line + "\nleadtype generate: pages have errors (see above); every artifact was written." : line;
    }

    private static string Problems(GenerateResult result)
    {
        var errors = result.ErrorCount;
        var warnings = result.WarningCount;
        if (errors == 0 && warnings == 0)
        {
            return string.Empty;
        }

        if (errors == 0)
        {
            return " with " + Plural(warnings, "warning");
        }

        return " with " + Plural(errors, "error") + (warnings > 0 ? " and " + Plural(warnings, "warning") : string.Empty);
    }

    private static string Plural(int count, string noun) => count + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>The package name the guidance names: <c>name</c> in <c>&lt;out&gt;/package.json</c> when present (npm packages), else the product name.</summary>
    private static string PackageName(GenerateSummary summary)
    {
        try
        {
            var path = Path.Combine(summary.OutputDirectory, "package.json");
            if (File.Exists(path))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("name", out var name)
                    && name.ValueKind == JsonValueKind.String
                    && !string.IsNullOrWhiteSpace(name.GetString()))
                {
                    return name.GetString()!;
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            // No usable package.json: fall back to the product name.
        }

        return summary.ProductName;
    }

    /// <summary>The reference's bundle guidance (artifacts §3.13.5), pointing at the package's AGENTS.md.</summary>
    public static string BundleGuidance(string package) => string.Join("\n", new[]
    {
        string.Empty,
        "Make coding agents read these docs — the highest-leverage setup step.",
        "Add this to your published README so consuming projects point their root",
        "AGENTS.md at the bundle (in our evals this lifts bundle-read from ~29% to",
        "~90–100%):",
        string.Empty,
        "  ```md",
        "  When working with the `" + package + "` library, read the bundled docs",
        "  in the `" + package + "` package's `AGENTS.md` first — they're",
        "  version-matched to the installed package and stay accurate as it updates.",
        "  ```",
        string.Empty,
    }) + "\n";
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Frontmatter;
using Leadtype.Model;
using Leadtype.Redirects;

namespace Leadtype.Site;

/// <summary>
/// The I/O around <see cref="RedirectPlanner"/> for one run: reads the previous <c>paths.lock.json</c>, describes this
/// run's pages (body hash, <c>redirectFrom</c>) and reports what the plan found; the pipeline writes the lockfile
/// beside the docs once the output is written.
/// </summary>
internal sealed class RedirectTracking
{
    private RedirectTracking(string lockfilePath, RedirectPlan plan, byte[] lockfileBytes)
    {
        LockfilePath = lockfilePath;
        Plan = plan;
        LockfileBytes = lockfileBytes;
    }

    public string LockfilePath { get; }

    public RedirectPlan Plan { get; }

    /// <summary>The lockfile this run keeps (JSON(2)).</summary>
    public byte[] LockfileBytes { get; }

    /// <summary><c>docs/redirects.json</c> for the output.</summary>
    public RenderedFile RedirectsFile => RenderedFile.Bytes(RedirectsJson.Path, RedirectsJson.Render(Plan.Redirects));

    /// <summary>
    /// Plans the run's redirects, adding its diagnostics (an unreadable lockfile, live claims, vanished pages are
    /// errors; each detected rename is an info line). Null when the previous lockfile cannot be used.
    /// </summary>
    public static RedirectTracking? Start(DocsSite site, IReadOnlyDictionary<string, PageRecord> records, DocsTree tree, GenerateInputs inputs, List<DocsDiagnostic> diagnostics)
    {
        var lockfilePath = inputs.RedirectsLockfile!;
        PathsLockfile? previous = null;
        if (File.Exists(lockfilePath))
        {
            string text;
            try
            {
                text = File.ReadAllText(lockfilePath);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.InvalidPathsLockfile, lockfilePath, 0, 0, lockfilePath, "could not be read (" + error.Message + ")"));
                return null;
            }

            var (read, problem) = PathsLockfile.Read(text);
            if (read is null)
            {
                diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.InvalidPathsLockfile, lockfilePath, problem!.Line, problem.Column, lockfilePath, problem.Message));
                return null;
            }

            previous = read;
        }

        var pages = new List<TrackedPage>(site.Pages.Count);
        foreach (var page in site.Pages)
        {
            if (!records.TryGetValue(page.SourcePath, out var record))
            {
                continue;
            }

            var source = tree.FullPathOf(record.DocsPath) ?? record.DocsPath;
            pages.Add(new TrackedPage(RedirectPath.Normalize(page.UrlPath), RedirectPath.ContentHash(record.Body), source, RedirectFrom(record)));
        }

        var openApi = inputs.Config.OpenApiRoutes;
        var plan = RedirectPlanner.Plan(
            previous,
            pages,
            inputs.Config.Redirects!.Removed,
            openApi.IsEmpty ? null : path => openApi.Any(route => path == route || path.StartsWith(route + "/", StringComparison.Ordinal)));
        foreach (var claim in plan.LiveClaims)
        {
            var span = RedirectFromSpan(claim.SourceFile);
            diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.RedirectClaimIsLive, claim.SourceFile, span, claim.From, claim.ClaimedBy));
        }

        if (plan.Unmatched.Count > 0)
        {
            diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.PagesDisappeared, lockfilePath, 0, 0, plan.Unmatched.Count, string.Join(", ", plan.Unmatched)));
        }

        foreach (var move in plan.Moves)
        {
            diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.RenameDetected, move.SourceFile, 0, 0, move.From, move.To));
        }

        return new RedirectTracking(lockfilePath, plan, plan.Lockfile.Write());
    }

    // redirectFrom: a string or a list of strings in the page's own frontmatter (kept in its mirror's block).
    private static EquatableArray<string> RedirectFrom(PageRecord record)
    {
        var block = record.FrontmatterBlock;
        if (block.IndexOf("redirectFrom", StringComparison.Ordinal) < 0)
        {
            return default;
        }

        var split = FrontmatterSplitter.Split(block);
        if (!split.HasBlock)
        {
            return default;
        }

        var map = FrontmatterParser.ParseMap(split.Yaml, record.DocsPath, 2, new List<DocsDiagnostic>());
        return map?["redirectFrom"] switch
        {
            YamlString single => new[] { single.Value }.ToEquatableArray(),
            YamlSequence many => Strings(many),
            _ => default,
        };
    }

    private static EquatableArray<string> Strings(YamlSequence sequence)
    {
        var items = new List<string>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlString text && text.Value.Trim().Length > 0)
            {
                items.Add(text.Value.Trim());
            }
        }

        return items.ToEquatableArray();
    }

    private static SourceSpan RedirectFromSpan(string sourceFile)
    {
        try
        {
            return FrontmatterKeys.SpanOf(File.ReadAllText(sourceFile), "redirectFrom");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return default;
        }
    }
}

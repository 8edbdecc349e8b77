using System;
using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Search;

namespace Leadtype.Redirects;

/// <summary>A page of this run as rename tracking sees it: URL path, body hash, the source file (for diagnostics) and its <c>redirectFrom</c> claims.</summary>
public readonly record struct TrackedPage(string Path, string Hash, string SourceFile, EquatableArray<string> RedirectFrom);

/// <summary>A rename the planner recognised: the old path's hash now lives, alone, at a new path.</summary>
public readonly record struct DetectedMove(string From, string To, string SourceFile);

/// <summary>A <c>redirectFrom</c> entry naming a page that still exists.</summary>
public readonly record struct LiveClaim(string From, string ClaimedBy, string SourceFile);

/// <summary>What one run's rename tracking decided: the redirects to serve, the lockfile to keep, and what is wrong.</summary>
public sealed record RedirectPlan(
    EquatableArray<Redirect> Redirects,
    PathsLockfile Lockfile,
    EquatableArray<DetectedMove> Moves,
    EquatableArray<LiveClaim> LiveClaims,
    EquatableArray<string> Unmatched)
{
    /// <summary>Whether the run must stop: a claim names a live page, or a page vanished with nothing to send its visitors to.</summary>
    public bool HasErrors => LiveClaims.Count > 0 || Unmatched.Count > 0;
}

/// <summary>
/// Rename tracking (artifacts §3.17, <c>computeDocsRedirects</c>): compares this run's pages with the previous
/// lockfile and decides which old URLs answer 308 (and where to) or 410. Pure: the caller reads and writes files.
/// </summary>
public static class RedirectPlanner
{
    /// <param name="notBuilt">
    /// Paths this run cannot produce on purpose (the original's OpenAPI pages): their lockfile entries are kept as they
    /// were instead of counting as deleted.
    /// </param>
    public static RedirectPlan Plan(PathsLockfile? previous, IReadOnlyList<TrackedPage> pages, IReadOnlyList<string> removed, Func<string, bool>? notBuilt = null)
    {
        var live = new Dictionary<string, TrackedPage>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            live[page.Path] = page;
        }

        var previousPaths = new HashSet<string>(StringComparer.Ordinal);
        var disappeared = new List<LockedPage>();
        var kept = new List<LockedPage>();
        foreach (var page in previous?.Pages ?? default)
        {
            if (previousPaths.Add(page.Path) && !live.ContainsKey(page.Path))
            {
                if (notBuilt is not null && notBuilt(page.Path))
                {
                    kept.Add(page);
                }
                else
                {
                    disappeared.Add(page);
                }
            }
        }

        var appeared = new List<TrackedPage>();
        foreach (var page in pages)
        {
            if (!previousPaths.Contains(page.Path))
            {
                appeared.Add(page);
            }
        }

        // 1. A move: exactly one vanished page and exactly one new page share a hash.
        var moves = new List<DetectedMove>();
        var targetByFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var fromOrder = new List<string>();
        void Target(string from, string to)
        {
            if (!targetByFrom.ContainsKey(from))
            {
                fromOrder.Add(from);
            }

            targetByFrom[from] = to;
        }

        foreach (var gone in disappeared)
        {
            TrackedPage? match = null;
            var appearedWithHash = 0;
            foreach (var page in appeared)
            {
                if (page.Hash == gone.Hash)
                {
                    appearedWithHash++;
                    match = page;
                }
            }

            var disappearedWithHash = 0;
            foreach (var other in disappeared)
            {
                if (other.Hash == gone.Hash)
                {
                    disappearedWithHash++;
                }
            }

            if (appearedWithHash == 1 && disappearedWithHash == 1)
            {
                moves.Add(new DetectedMove(gone.Path, match!.Value.Path, match.Value.SourceFile));
                Target(gone.Path, match.Value.Path);
            }
        }

        // 2. Explicit claims: redirectFrom on the successor page; a claim of a live path is an error.
        var liveClaims = new List<LiveClaim>();
        foreach (var page in pages)
        {
            foreach (var claim in page.RedirectFrom)
            {
                if (claim.Trim().Length == 0)
                {
                    continue;
                }

                var from = RedirectPath.Normalize(claim);
                if (live.ContainsKey(from))
                {
                    liveClaims.Add(new LiveClaim(from, page.Path, page.SourceFile));
                    continue;
                }

                Target(from, page.Path);
            }
        }

        // 3. Acknowledged deletions: 410 for removed paths that are neither live nor claimed.
        var redirects = new List<Redirect>();
        var set = new HashSet<string>(StringComparer.Ordinal);
        var gone410 = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in removed)
        {
            var from = RedirectPath.Normalize(entry);
            if (!live.ContainsKey(from) && !targetByFrom.ContainsKey(from) && set.Add(from))
            {
                gone410.Add(from);
                redirects.Add(Redirect.GoneFrom(from));
            }
        }

        // 4. Every move and claim answers 308.
        foreach (var from in fromOrder)
        {
            if (set.Add(from))
            {
                redirects.Add(Redirect.MovedTo(from, targetByFrom[from]));
            }
        }

        // 5. Earlier redirects stay, following later moves of their target (a loop or a removed target is 410).
        foreach (var earlier in previous?.Redirects ?? default)
        {
            var from = RedirectPath.Normalize(earlier.From);
            if (live.ContainsKey(from) || set.Contains(from))
            {
                continue;
            }

            set.Add(from);
            if (earlier.Status == Redirect.Gone || earlier.To is null)
            {
                redirects.Add(Redirect.GoneFrom(from));
                continue;
            }

            var target = RedirectPath.Normalize(earlier.To);
            var seen = new HashSet<string>(StringComparer.Ordinal) { from };
            var loop = false;
            while (targetByFrom.TryGetValue(target, out var next))
            {
                if (!seen.Add(target))
                {
                    loop = true;
                    break;
                }

                target = next;
            }

            redirects.Add(loop || target == from || gone410.Contains(target) ? Redirect.GoneFrom(from) : Redirect.MovedTo(from, target));
        }

        // 6. A page that vanished with no move, claim or acknowledged removal would 404.
        var unmatched = new List<string>();
        foreach (var gone in disappeared)
        {
            if (!set.Contains(gone.Path))
            {
                unmatched.Add(gone.Path);
            }
        }

        // 7. Sorted as the original sorts them (localeCompare; ICU root order for these ASCII paths).
        redirects.Sort((a, b) => UrlCollation.Compare(a.From, b.From));
        var lockedPages = new List<LockedPage>(pages.Count + kept.Count);
        foreach (var page in pages)
        {
            lockedPages.Add(new LockedPage(page.Path, page.Hash));
        }

        lockedPages.AddRange(kept);

        lockedPages.Sort((a, b) => UrlCollation.Compare(a.Path, b.Path));
        unmatched.Sort((a, b) => UrlCollation.Compare(a, b));
        var redirectArray = redirects.ToEquatableArray();
        return new RedirectPlan(
            redirectArray,
            new PathsLockfile(lockedPages.ToEquatableArray(), redirectArray),
            moves.ToEquatableArray(),
            liveClaims.ToEquatableArray(),
            unmatched.ToEquatableArray());
    }
}

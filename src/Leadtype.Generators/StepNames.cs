namespace Leadtype.Generators;

/// <summary>
/// Tracking names of the pipeline's steps. The generator tags its steps with them and the
/// incremental tests read <c>TrackedSteps[...]</c> by the same constants.
/// </summary>
public static class StepNames
{
    /// <summary>Global options selected from <c>build_property.*</c> and the parse options.</summary>
    public const string Options = "Options";

    /// <summary>One small input record per additional file (path, text, metadata).</summary>
    public const string PageInput = "PageInput";

    /// <summary>The <c>leadtype.json</c> input (or its absence).</summary>
    public const string ConfigInput = "ConfigInput";

    /// <summary>Per-page parse: conversion, headings, links, the page prepared for search (chunks, term counts), page diagnostics.</summary>
    public const string ParsePage = "ParsePage";

    /// <summary>Pages with includes converted again with every docs file readable; other pages pass through.</summary>
    public const string ResolveIncludes = "ResolveIncludes";

    /// <summary>The part of a page the site step reads (title, description, headings, frontmatter); equal after a prose edit.</summary>
    public const string PageOutline = "PageOutline";

    /// <summary>The whole site from page outlines: navigation, identifiers, routes, link targets, search documents.</summary>
    public const string BuildSite = "BuildSite";

    /// <summary>The site's manifest: what the implementation-only manifest data is written from.</summary>
    public const string Manifest = "Manifest";

    /// <summary>The part of the manifest the user-visible source is emitted from (names, doc texts, class tree).</summary>
    public const string ManifestShape = "ManifestShape";

    /// <summary>Every page a link can point at, from the site step.</summary>
    public const string LinkTargets = "LinkTargets";

    /// <summary>Per page: its links checked against the link targets.</summary>
    public const string CheckLinks = "CheckLinks";

    /// <summary>The search merge: prepared pages joined into the index (or only its size bound), the payload the implementation-only output is emitted from.</summary>
    public const string SearchPayload = "SearchPayload";

    /// <summary>Diagnostics of the site step.</summary>
    public const string SiteDiagnostics = "SiteDiagnostics";
}

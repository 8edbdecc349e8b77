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

    /// <summary>Per-page parse: conversion, headings, links, search tokens, page diagnostics.</summary>
    public const string ParsePage = "ParsePage";

    /// <summary>Pages with includes converted again with every docs file readable; other pages pass through.</summary>
    public const string ResolveIncludes = "ResolveIncludes";

    /// <summary>The whole site: navigation, identifiers, cross-page validation, search merge.</summary>
    public const string BuildSite = "BuildSite";

    /// <summary>The part of the site the typed manifest is emitted from.</summary>
    public const string Manifest = "Manifest";

    /// <summary>The search payload the implementation-only output is emitted from.</summary>
    public const string SearchPayload = "SearchPayload";

    /// <summary>Diagnostics of the site step.</summary>
    public const string SiteDiagnostics = "SiteDiagnostics";
}

namespace Leadtype.Generators.Site;

/// <summary>
/// Which Leadtype runtime types the consuming compilation can see, probed once per compilation and
/// reduced to two flags so a C# edit never reaches the site step.
/// </summary>
internal sealed record RuntimeCapabilities(bool HasRuntime, bool HasSearch)
{
    public const string DocPageType = "Leadtype.DocPage";
    public const string DocsSearchType = "Leadtype.DocsSearch";
}

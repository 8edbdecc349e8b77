namespace Leadtype.Generators.Options;

/// <summary>The MSBuild names the generator reads. <c>build/Leadtype.props</c> makes them compiler-visible.</summary>
internal static class MSBuildProperties
{
    public const string Prefix = "build_property.";
    public const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public const string RootNamespace = "RootNamespace";
    public const string ProjectDir = "ProjectDir";
    public const string Namespace = "LeadtypeNamespace";
    public const string ClassName = "LeadtypeClassName";
    public const string DocsDir = "LeadtypeDocsDir";
    public const string BaseUrl = "LeadtypeBaseUrl";
    public const string MaxEmbeddedIndexBytes = "LeadtypeMaxEmbeddedIndexBytes";
    public const string EmbeddedIndexWarningBytes = "LeadtypeEmbeddedIndexWarningBytes";
    public const string BrokenLinksAsErrors = "LeadtypeBrokenLinksAsErrors";
    public const string EmbedSearchIndex = "LeadtypeEmbedSearchIndex";

    /// <summary><c>LeadtypePage="true"</c> on an AdditionalFiles item makes it a docs page.</summary>
    public const string PageMetadata = "LeadtypePage";

    /// <summary><c>LeadtypeConfig="true"</c> marks <c>leadtype.json</c>.</summary>
    public const string ConfigMetadata = "LeadtypeConfig";

    /// <summary>Optional docs-relative path of a page (<c>%(RecursiveDir)%(Filename)%(Extension)</c>).</summary>
    public const string RelativePathMetadata = "LeadtypeRelativePath";
}

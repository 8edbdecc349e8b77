using System;
using System.Globalization;

namespace Leadtype.Diagnostics;

/// <summary>
/// One entry of the diagnostic catalogue: a stable id, a default severity and a message format.
/// The CLI, the build targets and the source generator all report through these, so an id means
/// the same thing everywhere.
/// </summary>
public sealed class DocsDiagnosticDescriptor
{
    public DocsDiagnosticDescriptor(string id, string title, string messageFormat, DocsDiagnosticSeverity defaultSeverity, string category)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        DefaultSeverity = defaultSeverity;
        Category = category;
    }

    /// <summary>Stable id such as <c>LT0001</c>. Never reused for a different meaning.</summary>
    public string Id { get; }

    public string Title { get; }

    /// <summary>A composite format string (<see cref="string.Format(IFormatProvider, string, object[])"/>), formatted with the invariant culture.</summary>
    public string MessageFormat { get; }

    public DocsDiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Pipeline stage that reports it: Frontmatter, Mdx, Include, Link, Config, Navigation, Generator, Search.</summary>
    public string Category { get; }

    /// <summary>The page in the project's docs that explains the diagnostic.</summary>
    public string HelpLink => DiagnosticCatalog.HelpLinkFor(Id);

    public string Format(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);

    public override string ToString() => Id;
}

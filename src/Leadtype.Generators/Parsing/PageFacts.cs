using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Generators.Model;

namespace Leadtype.Generators.Parsing;

/// <summary>What the page step learns from Core about one page, before names and locations are attached.</summary>
internal sealed class PageFacts
{
    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Markdown { get; set; } = string.Empty;

    public List<HeadingFact> Headings { get; } = new();

    public List<FrontmatterEntryModel> Frontmatter { get; } = new();

    public List<string> Groups { get; } = new();

    /// <summary>1-based line of the <c>group:</c> key, 0 when absent.</summary>
    public int GroupLine { get; set; }

    public double? Order { get; set; }

    public List<LinkFact> Links { get; } = new();

    public List<DocsDiagnostic> Diagnostics { get; } = new();
}

/// <summary>A heading: 1-based source line and column of its text.</summary>
internal sealed record HeadingFact(int Level, string Text, string Slug, int Line, int Column);

/// <summary>An outbound link: 1-based source line and column.</summary>
internal sealed record LinkFact(string Url, int Line, int Column, int Length);

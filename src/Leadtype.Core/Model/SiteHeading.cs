namespace Leadtype.Model;

/// <summary>A heading of a converted page: level 1–6, plain text, and its anchor id (unique within the page).</summary>
public sealed record SiteHeading(int Level, string Text, string Id);

namespace Leadtype.Generators.Model;

/// <summary>
/// A heading of a page: its anchor slug (de-duplicated per page), text, level, the member name
/// it gets on the page's generated type, and where it is (for identifier diagnostics).
/// </summary>
internal sealed record HeadingModel(int Level, string Text, string Slug, string MemberName, SourceLocation Location);

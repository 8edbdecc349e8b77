namespace Leadtype.Generators.Model;

/// <summary>A heading of a page: its anchor slug (de-duplicated per page), text, level and the member name it gets on the page's generated type.</summary>
internal sealed record HeadingModel(int Level, string Text, string Slug, string MemberName);

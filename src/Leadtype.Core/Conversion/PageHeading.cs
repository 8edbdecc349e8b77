namespace Leadtype.Conversion;

/// <summary>A heading of the converted page: level, plain text, anchor slug (§14.1, numbered on repeats) and source line (0 when a flattener made it).</summary>
public sealed record PageHeading(int Depth, string Text, string Slug, int Line);

/// <summary>A link the page makes (Markdown links, definitions, JSX <c>href</c>s), as written after placeholders, with its source position.</summary>
public sealed record PageLink(string Url, int Line, int Column);

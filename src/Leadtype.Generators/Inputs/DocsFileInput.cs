namespace Leadtype.Generators.Inputs;

/// <summary>
/// One additional file, reduced to plain values in the first step so nothing downstream holds an
/// <c>AdditionalText</c>. <see cref="FullPath"/> is only used to locate diagnostics (never emitted);
/// <see cref="SourcePath"/> is docs-relative and <c>/</c>-separated (<c>guides/install.mdx</c>).
/// </summary>
internal sealed record DocsFileInput(DocsFileKind Kind, string FullPath, string SourcePath, string Text);

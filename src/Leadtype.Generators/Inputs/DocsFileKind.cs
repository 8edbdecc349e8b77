namespace Leadtype.Generators.Inputs;

internal enum DocsFileKind
{
    None = 0,
    Page = 1,
    Config = 2,
}

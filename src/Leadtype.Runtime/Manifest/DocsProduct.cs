namespace Leadtype;

/// <summary>The <c>product</c> block of <c>leadtype.json</c>.</summary>
public sealed class DocsProduct
{
    public DocsProduct(string name, string? tagline = null, string? homepage = null, string? repository = null)
    {
        Name = name ?? string.Empty;
        Tagline = tagline;
        Homepage = homepage;
        Repository = repository;
    }

    public static DocsProduct Unnamed { get; } = new(string.Empty);

    public string Name { get; }

    public string? Tagline { get; }

    public string? Homepage { get; }

    public string? Repository { get; }

    public override string ToString() => Name;
}

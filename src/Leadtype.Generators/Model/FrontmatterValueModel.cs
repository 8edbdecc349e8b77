using Leadtype.Collections;

namespace Leadtype.Generators.Model;

internal enum FrontmatterValueKind
{
    Null = 0,
    String = 1,
    Boolean = 2,
    Integer = 3,
    Number = 4,
    List = 5,
    Map = 6,
}

/// <summary>
/// One frontmatter value, value-equatable. Scalars keep their invariant text in <see cref="Text"/>;
/// lists keep their values in <see cref="Items"/>; maps keep keys in <see cref="Keys"/> and values in <see cref="Items"/>.
/// </summary>
internal sealed record FrontmatterValueModel(FrontmatterValueKind Kind, string Text, EquatableArray<string> Keys, EquatableArray<FrontmatterValueModel> Items)
{
    public static FrontmatterValueModel Null { get; } = new(FrontmatterValueKind.Null, string.Empty, default, default);

    public static FrontmatterValueModel Scalar(FrontmatterValueKind kind, string text) => new(kind, text, default, default);
}

/// <summary>A top-level frontmatter key and its value.</summary>
internal sealed record FrontmatterEntryModel(string Key, FrontmatterValueModel Value);

using Leadtype.Collections;

namespace Leadtype.Config;

/// <summary><c>git</c>: options for git-history dates and authors.</summary>
public sealed record GitConfig(EquatableArray<string> IgnoredAuthors = default);

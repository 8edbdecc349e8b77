using System;

namespace Leadtype.Output;

/// <summary>
/// A directory (relative to the output directory; empty for the whole output) that must hold
/// exactly the files a session wrote under it. <see cref="IsPrunable"/>, given a path relative to the
/// output directory, limits which other files may be deleted (for example only <c>*.md</c>, so
/// images a user placed there survive).
/// </summary>
public sealed record SyncScope(string RelativeDirectory, Func<string, bool>? IsPrunable = null);

using System;
using System.Collections.Generic;

namespace Leadtype.Output;

/// <summary>
/// What an output session did, with paths relative to the output directory (<c>/</c>-separated,
/// ordinal order): files created or replaced, files left untouched because their bytes were
/// already current, stale files and emptied directories pruned, and leaked temp files swept.
/// </summary>
public sealed record OutputReport(
    string OutputDirectory,
    bool Locked,
    TimeSpan LockWait,
    IReadOnlyList<string> Written,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Deleted,
    IReadOnlyList<string> RemovedDirectories,
    IReadOnlyList<string> SweptTempFiles);

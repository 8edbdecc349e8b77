using System;
using System.IO;

namespace Leadtype.Output;

/// <summary>
/// A failure of the output stage that a user can act on (a lock wait that timed out, a path that
/// leaves the output directory, a file another program keeps open). The message is written for the
/// user; callers print it as is and exit 1 instead of showing a stack trace.
/// </summary>
public class OutputException : IOException
{
    public OutputException(string message)
        : base(message)
    {
    }

    public OutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Waiting for another run's output lock took longer than the configured timeout.</summary>
public sealed class OutputLockTimeoutException : OutputException
{
    public OutputLockTimeoutException(string message)
        : base(message)
    {
    }
}

namespace Leadtype.Output;

/// <summary>What a probe of a recorded owner process found.</summary>
internal enum ProcessLiveness
{
    /// <summary>The process exists and its start time matches the record.</summary>
    Alive,

    /// <summary>No such process, a zombie, or the pid now belongs to a process that started at another time (pid reuse).</summary>
    Dead,

    /// <summary>A process with that pid exists, but its start time could not be read or compared.</summary>
    Unverifiable,
}

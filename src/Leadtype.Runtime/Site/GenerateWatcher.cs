using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace Leadtype.Site;

/// <summary>
/// <c>leadtype generate --watch</c> (config-cli §8.3): one full build, then a rebuild after every
/// burst of changes to the docs folders or the config file, once 150 ms pass without a new change.
/// One rebuild runs at a time; changes made during a rebuild are coalesced into one follow-up
/// rebuild. The output and cache directories, <c>.git</c>, <c>node_modules</c>, editor noise and the
/// atomic writer's temp files are ignored, so the build never retriggers itself. A failed build is
/// reported and watching goes on. Cancelling the token stops watching; the build in progress is
/// cancelled, which releases the output lock and prunes nothing.
/// </summary>
public sealed class GenerateWatcher
{
    /// <summary>How long the tree must be quiet before a rebuild starts.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    private static readonly Regex TempFile = new(@"^\..+\.\d+-[0-9a-f]{12}\.tmp$", RegexOptions.CultureInvariant);

    private readonly GenerateOptions _options;
    private readonly object _gate = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly AutoResetEvent _signal = new(false);
    private readonly List<FileSystemWatcher> _watchers = new();
    private DateTime _lastChange;
    private IReadOnlyList<string> _armed = Array.Empty<string>();
    private string[] _ignored = Array.Empty<string>();
    private volatile IReadOnlyList<string> _ownFiles = Array.Empty<string>();

    public GenerateWatcher(GenerateOptions options)
    {
        _options = options;
    }

    /// <summary>Called after every build with its result.</summary>
    public event Action<GenerateResult>? Built;

    /// <summary>Called when a burst of changes starts a rebuild, with the changed paths (at most 20).</summary>
    public event Action<IReadOnlyList<string>>? Rebuilding;

    /// <summary>Called once the watchers are armed, with the watched paths.</summary>
    public event Action<IReadOnlyList<string>>? Watching;

    /// <summary>Called when a build throws instead of returning a result (it is reported and watching continues).</summary>
    public event Action<Exception>? BuildCrashed;

    /// <summary>Builds, then watches until <paramref name="cancellationToken"/> is cancelled.</summary>
    public void Run(CancellationToken cancellationToken)
    {
        try
        {
            // --force applies to the first build only.
            Build(_options, cancellationToken);
            var rebuildOptions = _options with { Force = false };
            var handles = new[] { cancellationToken.WaitHandle, _signal };
            while (!cancellationToken.IsCancellationRequested)
            {
                if (WaitHandle.WaitAny(handles) == 0)
                {
                    break;
                }

                if (!WaitForQuiet(cancellationToken))
                {
                    break;
                }

                List<string> changed;
                lock (_gate)
                {
                    changed = new List<string>(_changed);
                    _changed.Clear();
                }

                if (changed.Count == 0)
                {
                    continue;
                }

                changed.Sort(StringComparer.Ordinal);
                Rebuilding?.Invoke(changed.Count > 20 ? changed.GetRange(0, 20) : changed);
                Build(rebuildOptions, cancellationToken);
            }
        }
        finally
        {
            // Stopping must not hang on a watcher: disposing one was seen to block once on a heavily loaded
            // Linux machine, and the caller is usually about to exit (the watchers' threads do not keep a
            // process alive). So they get two seconds, then are left to finish on their own.
            var disarm = Task.Run(Disarm);
            disarm.Wait(DisarmTimeout);
        }
    }

    private static readonly TimeSpan DisarmTimeout = TimeSpan.FromSeconds(2);

    private void Build(GenerateOptions options, CancellationToken cancellationToken)
    {
        GenerateResult result;
        try
        {
            result = SitePipeline.Run(options, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            BuildCrashed?.Invoke(error);
            return;
        }

        Built?.Invoke(result);
        _ownFiles = result.OwnFiles ?? _ownFiles;
        var paths = result.WatchPaths ?? Array.Empty<string>();
        if (!SameSet(paths, _armed))
        {
            Arm(paths, options);
        }
    }

    // Waits until no change has arrived for Quiet; false when cancelled.
    private bool WaitForQuiet(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                wait = _lastChange + Quiet - DateTime.UtcNow;
            }

            if (wait <= TimeSpan.Zero)
            {
                return true;
            }

            if (cancellationToken.WaitHandle.WaitOne(wait))
            {
                return false;
            }
        }
    }

    private void Arm(IReadOnlyList<string> paths, GenerateOptions options)
    {
        Disarm();
        var output = Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory);
        var ignored = new List<string> { output };
        var cache = options.CacheDirectory ?? options.Environment(GenerateOptions.CacheDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(cache))
        {
            ignored.Add(Path.GetFullPath(cache!, options.WorkingDirectory));
        }

        ignored.Add(Path.Combine(Path.GetFullPath(options.SourceDirectory, options.WorkingDirectory), ".leadtype"));
        _ignored = ignored.ConvertAll(Path.TrimEndingDirectorySeparator).ToArray();

        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                AddWatcher(path, "*", recursive: true);
            }
            else if (Path.GetDirectoryName(path) is { } parent && Directory.Exists(parent))
            {
                // A file is watched through its folder, so editors that save by writing a temp file
                // and renaming it over the original are seen too.
                AddWatcher(parent, Path.GetFileName(path), recursive: false);
            }
        }

        _armed = paths;
        Watching?.Invoke(paths);
    }

    private void AddWatcher(string directory, string filter, bool recursive)
    {
        var watcher = new FileSystemWatcher(directory, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => OnChange(e.FullPath);
        watcher.Created += (_, e) => OnChange(e.FullPath);
        watcher.Deleted += (_, e) => OnChange(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            OnChange(e.OldFullPath);
            OnChange(e.FullPath);
        };

        // A buffer overflow loses events: treat it as a change of the whole watched folder.
        watcher.Error += (_, _) => OnChange(directory, force: true);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void OnChange(string path, bool force = false)
    {
        if (!force && IsIgnored(path))
        {
            return;
        }

        lock (_gate)
        {
            _changed.Add(path);
            _lastChange = DateTime.UtcNow;
        }

        _signal.Set();
    }

    private bool IsIgnored(string path)
    {
        foreach (var own in _ownFiles)
        {
            if (path.Equals(own, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var ignored in _ignored)
        {
            if (path.Equals(ignored, StringComparison.Ordinal) || path.StartsWith(ignored + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var name = Path.GetFileName(path);
        if (name == ".DS_Store" || TempFile.IsMatch(name) || name.EndsWith("~", StringComparison.Ordinal) || name.EndsWith(".swp", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var segment in path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (segment is ".git" or "node_modules")
            {
                return true;
            }
        }

        return false;
    }

    private void Disarm()
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }

        _watchers.Clear();
    }

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        var set = new HashSet<string>(a, StringComparer.Ordinal);
        foreach (var item in b)
        {
            if (!set.Contains(item))
            {
                return false;
            }
        }

        return true;
    }
}

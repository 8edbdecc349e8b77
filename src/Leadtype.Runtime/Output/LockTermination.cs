using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Leadtype.Output;

/// <summary>
/// Releases a held lock when the process is told to stop. SIGINT, SIGTERM and SIGHUP run
/// <c>onTerminate</c> and then exit with the conventional 128 + signal number (130, 143, 129), so a
/// build tool sees the same status as for an unhandled signal. Process exit (normal or
/// <see cref="Environment.Exit"/>) runs it too. SIGKILL and crashes cannot be intercepted; the next
/// run sees the owner's pid gone and reclaims at once.
/// </summary>
internal sealed class LockTermination : IDisposable
{
    private readonly Action _onTerminate;
    private readonly List<PosixSignalRegistration> _registrations = new();
    private readonly EventHandler _processExit;

    public LockTermination(Action onTerminate, bool exitOnSignal)
    {
        _onTerminate = onTerminate;
        _processExit = (_, _) => _onTerminate();
        AppDomain.CurrentDomain.ProcessExit += _processExit;
        if (!exitOnSignal)
        {
            return;
        }

        Register(PosixSignal.SIGINT, 2);
        Register(PosixSignal.SIGTERM, 15);
        Register(PosixSignal.SIGHUP, 1);
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= _processExit;
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _registrations.Clear();
    }

    private void Register(PosixSignal signal, int number)
    {
        try
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                // Cancel the runtime's default so cleanup finishes before the process ends.
                context.Cancel = true;
                _onTerminate();
                Environment.Exit(128 + number);
            }));
        }
        catch (PlatformNotSupportedException)
        {
            // Platforms without that signal (SIGHUP on some Windows hosts); the others still apply.
        }
    }
}

using System;
using Leadtype.Output;
using Leadtype.Runtime.Tests.Output.Support;

namespace Leadtype.Runtime.Tests.Output;

public sealed class ProcessProbeTests
{
    [Fact]
    public void The_current_process_is_alive_with_its_own_start_time()
    {
        var start = ProcessProbe.CurrentProcessStartTime;

        Assert.NotNull(start);
        Assert.Equal(start, ProcessProbe.StartTimeOf(Environment.ProcessId));
        Assert.Equal(ProcessLiveness.Alive, ProcessProbe.Probe(Environment.ProcessId, start));
    }

    [Fact]
    public void A_live_pid_with_another_start_time_is_a_reused_pid_and_counts_as_dead()
    {
        Assert.Equal(ProcessLiveness.Dead, ProcessProbe.Probe(Environment.ProcessId, LockPlanting.OtherStartTimeOfCurrentProcess()));
    }

    [Fact]
    public void An_exited_process_is_dead()
    {
        Assert.Equal(ProcessLiveness.Dead, ProcessProbe.Probe(LockPlanting.DeadProcessId(), "linux:boot:1"));
    }

    [Fact]
    public void A_live_pid_recorded_without_a_comparable_start_time_is_unverifiable()
    {
        Assert.Equal(ProcessLiveness.Unverifiable, ProcessProbe.Probe(1, null));
        Assert.Equal(ProcessLiveness.Unverifiable, ProcessProbe.Probe(1, "clr:638000000000000000"));
    }

    [Fact]
    public void The_proc_stat_parser_counts_fields_after_the_last_parenthesis()
    {
        // A command name may contain spaces and parentheses: "(my (odd) name)".
        const string stat = "4242 (my (odd) name) S 1 4242 4242 0 -1 4194560 163 0 0 0 0 0 0 0 20 0 1 0 987654 1000 10 18446744073709551615";

        Assert.Equal(('S', 987654UL), ProcessProbe.ParseProcStat(stat));
        Assert.Equal(('Z', 5UL), ProcessProbe.ParseProcStat("7 (x) Z 1 7 7 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 5 0 0"));
        Assert.Null(ProcessProbe.ParseProcStat("7 (x) S 1 2"));
        Assert.Null(ProcessProbe.ParseProcStat("garbage"));
    }
}

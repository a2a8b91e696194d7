namespace Shipcheck.Core.Checks.Processes;

/// <summary>One look at a live process in <c>/proc</c>.</summary>
/// <param name="Pid">Its id.</param>
/// <param name="Command">Its command name (<c>/proc/PID/comm</c>).</param>
/// <param name="StartTicks">When it started, in clock ticks since boot (orders processes by age).</param>
/// <param name="Uptime">How long it has been running.</param>
/// <param name="RssBytes">Resident memory.</param>
/// <param name="Cpu">Percent of one core averaged over its life.</param>
internal sealed record ProcessSample(int Pid, string Command, long StartTicks, TimeSpan Uptime, long RssBytes, double Cpu);

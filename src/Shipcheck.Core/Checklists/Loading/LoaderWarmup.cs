using Shipcheck.Core.Checks;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>
/// Starts the loader's one-time costs on a thread of their own, so that they run on a second core while the command
/// line is parsed. The first YAML document YamlDotNet parses compiles its tag-handle regex (it asks for
/// <c>RegexOptions.Compiled</c>), and the check kinds build their schemas: together about 40 ms of CPU in a cold
/// process, and 15-20 ms less wall time for <c>shipcheck validate</c> when done beside it (docs/benchmarks.md).
/// Nothing here changes what a load does: a load that gets there first waits for, or does, the same work itself.
/// </summary>
public static class LoaderWarmup
{
    /// <summary>Starts the warm-up and returns its thread at once; nothing needs to wait for it.</summary>
    /// <remarks>A plain background thread: the first thread-pool work item would start the pool itself, 5 ms on the caller.</remarks>
    public static Thread Start()
    {
        var thread = new Thread(Warm) { IsBackground = true, Name = "shipcheck loader warm-up" };
        thread.Start();
        return thread;
    }

    private static void Warm()
    {
        try
        {
            new YamlStream().Load(new StringReader("warm: [up]\n"));
            _ = CheckKinds.All.Count;
        }
        catch (Exception)
        {
            // A warm-up has no one to report to; the real load meets and reports whatever went wrong here.
        }
    }
}

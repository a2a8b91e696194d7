namespace Shipcheck.Core.Checks.Output;

/// <summary>Waits, briefly, for the readers of a finished command's output, which a child left running may keep open.</summary>
public static class OutputDrain
{
    /// <summary>How long output may keep arriving after the command ends.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Waits up to <see cref="Window"/> for <paramref name="readers"/>; then cancels <paramref name="stop"/> and waits up
    /// to another window for them to notice.
    /// </summary>
    /// <remarks>
    /// Real time, not a probe's clock: the pipes and processes live in real time, and a test's fake clock must not be
    /// able to stall a step that waits on them.
    /// </remarks>
    public static async Task WaitAsync(Task readers, CancellationTokenSource stop)
    {
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(stop);
        var time = TimeProvider.System;
        try
        {
            await readers.WaitAsync(Window, time);
        }
        catch (TimeoutException)
        {
            // Something the command left behind still holds stdout or stderr; stop reading rather than wait for it.
            await stop.CancelAsync();
            await Task.WhenAny(readers, Task.Delay(Window, time));
        }
    }
}

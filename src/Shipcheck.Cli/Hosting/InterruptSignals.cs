using System.Runtime.InteropServices;

namespace Shipcheck.Cli.Hosting;

/// <summary>
/// Turns the first Ctrl-C or SIGTERM into <see cref="Interrupt"/> (stop the steps, then roll back) and the second into
/// <see cref="Abort"/> (stop the rollback too). The process is never killed by the signal itself, so the record is
/// always finished.
/// </summary>
internal sealed class InterruptSignals : IDisposable
{
    private readonly CancellationTokenSource _interrupt = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly TextWriter _messages;

    public InterruptSignals(TextWriter messages)
    {
        _messages = messages;
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal));
    }

    public CancellationToken Interrupt => _interrupt.Token;

    public CancellationToken Abort => _abort.Token;

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (!_interrupt.IsCancellationRequested)
        {
            _messages.WriteLine($"\n{context.Signal}: stopping the running steps; rollback follows if the deploy had started. Press Ctrl-C again to abort the rollback.");
            _interrupt.Cancel();
        }
        else if (!_abort.IsCancellationRequested)
        {
            _messages.WriteLine($"\n{context.Signal} again: aborting the rollback.");
            _abort.Cancel();
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _interrupt.Dispose();
        _abort.Dispose();
    }
}
